namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>The Chinese words of the registry's and the plans' choices, for pages, the API and the sheets.</summary>
public static class InspectionLabels
{
    public static readonly Dictionary<ObjectKind, string> Kind = new()
    {
        [ObjectKind.Enterprise] = "企业", [ObjectKind.SoleTrader] = "个体工商户",
        [ObjectKind.Product] = "产品", [ObjectKind.Project] = "项目", [ObjectKind.Other] = "其他",
    };

    public static readonly Dictionary<RiskGrade, string> Grade = new()
    {
        [RiskGrade.A] = "A类（信用风险低）", [RiskGrade.B] = "B类（信用风险一般）",
        [RiskGrade.C] = "C类（信用风险较高）", [RiskGrade.D] = "D类（信用风险高）",
    };

    /// <summary>The categories under which results are published (国家企业信用信息公示系统).</summary>
    public static readonly Dictionary<InspectionResult, string> Result = new()
    {
        [InspectionResult.NoProblem] = "未发现问题",
        [InspectionResult.RectificationOrdered] = "发现问题，已责令整改",
        [InspectionResult.CaseOpened] = "发现问题，已立案查处",
        [InspectionResult.NotOperating] = "未发现开展本次抽查涉及的经营活动",
        [InspectionResult.NotFound] = "未找到检查对象",
        [InspectionResult.Uncooperative] = "不配合检查",
    };

    public static readonly Dictionary<TaskState, string> State = new()
    {
        [TaskState.Pending] = "待检查", [TaskState.Unpublished] = "待公示", [TaskState.Published] = "已公示",
        [TaskState.Overdue] = "逾期未公示",
    };

    /// <summary>A kind as a sheet writes it: its label.</summary>
    public static ObjectKind? KindOf(string text) =>
        Kind.FirstOrDefault(kv => kv.Value == text) is { Value: not null } match ? match.Key : null;

    /// <summary>A grade as a sheet writes it: "B", "B类" or the whole label.</summary>
    public static RiskGrade? GradeOf(string text) =>
        Grade.FirstOrDefault(kv => kv.Value == text || kv.Key.ToString() == text || kv.Value[..2] == text)
            is { Value: not null } match ? match.Key : null;

    /// <summary>A seed as the page shows it and a re-run takes it: sixteen hex digits.</summary>
    public static string Seed(long? seed) => seed is { } s ? unchecked((ulong)s).ToString("X16") : "";

    public static string Ratios(InspectionPlan p) => string.Join("，", InspectionDraw.Grades.Select(g =>
        $"{g}类{p.Ratio(g):0.##}%"));
}
