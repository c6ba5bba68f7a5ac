namespace Fazhi.Features.Assessment;

/// <summary>What makes an indicator whole, for the tree editor and the Excel import alike. Each problem names the
/// field, with the sheet's column for it.</summary>
public static class IndicatorRules
{
    public const int MaxText = 2000;
    public const decimal MaxPoints = 1000;

    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["Text"] = "指标", ["Points"] = "分值", ["Method"] = "评分方式", ["FigureKey"] = "数据指标",
        ["Target"] = "目标值", ["PerEvent"] = "每项扣分", ["Standard"] = "评分标准",
    };

    /// <summary>The problems of an indicator; a leaf (no children) also needs its points and a way to be scored.
    /// </summary>
    public static List<(string Field, string Message)> Check(IndicatorRequest r, bool leaf,
        IReadOnlyDictionary<string, string> figures)
    {
        var problems = new List<(string, string)>();
        var text = (r.Text ?? "").Trim();
        if (text.Length == 0) problems.Add(("Text", "请填写指标内容"));
        if (text.Length > MaxText) problems.Add(("Text", $"指标内容不超过{MaxText}字"));
        if ((r.Standard ?? "").Trim().Length > MaxText) problems.Add(("Standard", $"评分标准不超过{MaxText}字"));
        if (r.Points is <= 0 or > MaxPoints) problems.Add(("Points", $"分值应大于0且不超过{MaxPoints}"));
        if (r.Points is { } p && decimal.Round(p, 2) != p) problems.Add(("Points", "分值最多两位小数"));
        if (!leaf) return problems;
        if (r.Points is null) problems.Add(("Points", "末级指标须填写分值"));
        if (r.Method is not { } method || !Enum.IsDefined(method))
        {
            problems.Add(("Method", $"评分方式应为{string.Join("、", AssessmentLabels.Methods.Values)}之一"));
            return problems;
        }
        if (method == ScoringMethod.Review) return problems;
        if (r.FigureKey is null || !figures.ContainsKey(r.FigureKey))
            problems.Add(("FigureKey", r.FigureKey is null ? $"{AssessmentLabels.Method(method)}须选择数据指标"
                : $"没有数据指标“{r.FigureKey}”"));
        if (method == ScoringMethod.Figure && r.Target is not > 0)
            problems.Add(("Target", "数据达标须填写大于0的目标值（比率填百分数，如100）"));
        if (method == ScoringMethod.Deduction && (r.PerEvent is not > 0 || r.PerEvent > MaxPoints))
            problems.Add(("PerEvent", "逐项扣分须填写每项扣分（大于0）"));
        return problems;
    }

    /// <summary>Sets an indicator from a checked request; a branch keeps no points or method of its own.</summary>
    public static void Apply(Indicator i, IndicatorRequest r, bool leaf)
    {
        i.Text = r.Text.Trim();
        i.Standard = string.IsNullOrWhiteSpace(r.Standard) ? null : r.Standard.Trim();
        i.Points = leaf ? r.Points : null;
        i.Method = leaf ? r.Method : null;
        var figure = leaf && r.Method is ScoringMethod.Figure or ScoringMethod.Deduction;
        i.FigureKey = figure ? r.FigureKey : null;
        i.Target = figure && r.Method == ScoringMethod.Figure ? r.Target : null;
        i.PerEvent = figure && r.Method == ScoringMethod.Deduction ? r.PerEvent : null;
    }
}
