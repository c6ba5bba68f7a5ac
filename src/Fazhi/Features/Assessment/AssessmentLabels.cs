namespace Fazhi.Features.Assessment;

public static class AssessmentLabels
{
    public static readonly IReadOnlyDictionary<ScoringMethod, string> Methods = new Dictionary<ScoringMethod, string>
    {
        [ScoringMethod.Review] = "材料评审", [ScoringMethod.Figure] = "数据达标", [ScoringMethod.Deduction] = "逐项扣分",
    };

    public static string Method(ScoringMethod? m) => m is { } x ? Methods[x] : "";

    public static string State(AssessmentState s) => s switch
    {
        AssessmentState.SelfAssessing => "自评中",
        AssessmentState.Submitted => "待复核",
        AssessmentState.Reviewed => "复核完成（异议期）",
        _ => "已确定",
    };

    public static string Points(decimal? d) => d is { } x ? x.ToString("0.##") : "—";
}
