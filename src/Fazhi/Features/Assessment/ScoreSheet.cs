namespace Fazhi.Features.Assessment;

/// <summary>One line of a unit's score sheet: the indicator, its points, the scores it has had, the score it stands
/// at, and why any point was lost.</summary>
public sealed record SheetRow(IndicatorNode Node, AssessmentScore? Score, decimal? Auto, string? AutoNote,
    decimal? Current, IReadOnlyList<string> Reasons, IReadOnlyList<AssessmentService.EvidenceInfo> Evidence)
{
    public decimal? Lost => Current is { } c ? Node.Points - c : null;
}

/// <summary>A unit's score sheet (考核评分表): every indicator with its points and score, every point lost explained.
/// </summary>
public sealed record ScoreSheet(UnitAssessment Assessment, IReadOnlyList<SheetRow> Rows, decimal Points)
{
    public decimal? Total => Rows.Where(r => r.Node.IsLeaf).Select(r => r.Current)
        .Aggregate((decimal?)0, (sum, c) => sum is null || c is null ? null : sum + c);

    public string TotalLabel => Assessment.State switch
    {
        AssessmentState.Final => "最终得分",
        AssessmentState.Reviewed or AssessmentState.Submitted => "复核得分",
        _ => "自评得分",
    };

    public static ScoreSheet Of(UnitAssessment a, IReadOnlyDictionary<int, (decimal? Score, string Note)> auto,
        IReadOnlyList<AssessmentService.EvidenceInfo> evidence)
    {
        var tree = new IndicatorTree(a.System!.Indicators);
        var scores = a.Scores.ToDictionary(s => s.IndicatorId);
        var leaves = new Dictionary<int, SheetRow>();
        foreach (var node in tree.Leaves)
        {
            var s = scores.GetValueOrDefault(node.Indicator.Id);
            var (autoScore, autoNote) = auto.TryGetValue(node.Indicator.Id, out var x) ? x : (null, null);
            var current = a.State == AssessmentState.Final ? s?.FinalScore
                : a.State == AssessmentState.SelfAssessing ? autoScore ?? s?.SelfScore
                : s?.ReviewScore ?? autoScore ?? s?.SelfScore;
            leaves[node.Indicator.Id] = new SheetRow(node, s, autoScore, autoNote, current, Reasons(s, autoNote),
                evidence.Where(e => e.IndicatorId == node.Indicator.Id).ToList());
        }
        var rows = tree.All.Select(n => n.IsLeaf ? leaves[n.Indicator.Id]
            : new SheetRow(n, null, null, null, n.SelfAndBelow().Where(c => c.IsLeaf)
                .Select(c => leaves[c.Indicator.Id].Current)
                .Aggregate((decimal?)0, (sum, c) => sum is null || c is null ? null : sum + c), [], [])).ToList();
        return new ScoreSheet(a, rows, tree.Points);
    }

    static List<string> Reasons(AssessmentScore? s, string? autoNote)
    {
        var reasons = new List<string>();
        if (s?.ObjectionReply is { } reply)
            reasons.Add($"异议{(s.ObjectionAccepted == true ? "已采纳" : "未采纳")}：{reply}");
        if (s?.ReviewNote is { } review) reasons.Add($"复核：{review}");
        if (!string.IsNullOrEmpty(autoNote)) reasons.Add(autoNote);
        if (s?.SelfNote is { } self) reasons.Add($"自评说明：{self}");
        return reasons;
    }
}

/// <summary>A system's ranking (排名): each unit's total — final, or the review's while objections may still come —
/// ranked from the top, equal totals sharing a rank.</summary>
public sealed record RankingRow(UnitAssessment Assessment, decimal? Total, bool Final, int? Rank)
{
    public static List<RankingRow> Of(IEnumerable<UnitAssessment> assessments)
    {
        var rows = assessments.Select(a => (a, total: a.State == AssessmentState.Final ? a.Total
            : a.State == AssessmentState.Reviewed ? a.Scores.Sum(s => s.ReviewScore ?? 0) : (decimal?)null)).ToList();
        var totals = rows.Where(r => r.total is not null).Select(r => r.total!.Value).ToList();
        return rows.OrderByDescending(r => r.total is not null).ThenByDescending(r => r.total)
            .ThenBy(r => r.a.Unit?.Path)
            .Select(r => new RankingRow(r.a, r.total, r.a.State == AssessmentState.Final,
                r.total is { } t ? totals.Count(x => x > t) + 1 : null)).ToList();
    }
}
