namespace Fazhi.Features.Normative;

public static class NormativeLabels
{
    /// <summary>Evaluate this long before the validity's last day (地方规定: 有效期届满前6个月).</summary>
    public const int EvaluationMonths = 6;

    public static string State(NormativeState s) => s switch
    {
        NormativeState.Rejected => "审议未通过",
        NormativeState.InForce => "现行有效",
        NormativeState.Repealed => "已废止",
        NormativeState.Lapsed => "已失效",
        _ => "制定中",
    };

    /// <summary>The document's standing on a day: a document in force whose validity has ended has lapsed.</summary>
    public static string Status(NormativeDocument d, DateOnly today) =>
        d.State == NormativeState.InForce && d.ValidUntil < today ? "已失效（有效期届满）"
        : d.State == NormativeState.Drafting && d.DeliberatedOn is not null ? "审议通过，待印发"
        : State(d.State) + (d.State == NormativeState.InForce && d.AmendmentDue is not null ? "（拟修改）" : "");

    public static string Badge(NormativeDocument d, DateOnly today) =>
        d.State == NormativeState.InForce && d.ValidUntil >= today ? "bg-green-lt"
        : d.State == NormativeState.Drafting ? "bg-blue-lt" : "bg-secondary-lt";

    /// <summary>Whether the document is due an evaluation: in force, within six months of its last day, and not
    /// evaluated since then.</summary>
    public static bool EvaluationDue(NormativeDocument d, DateOnly today) =>
        d.State == NormativeState.InForce && d.ValidUntil is { } until && until >= today
        && today >= until.AddMonths(-EvaluationMonths) && !(d.EvaluatedOn >= until.AddMonths(-EvaluationMonths));

    public static string Verdict(CleanupVerdict v) => v switch
    {
        CleanupVerdict.Keep => "继续有效",
        CleanupVerdict.Amend => "修改",
        CleanupVerdict.Repeal => "废止",
        _ => "失效",
    };

    public static string Outcome(NormativeDocument d) => d.FilingOutcome switch
    {
        FilingOutcome.Lawful => "予以备案",
        FilingOutcome.Unlawful => d.CorrectedOn is null ? "存在问题，待纠正" : "存在问题，已纠正",
        _ => d.FiledOn is null ? "未报备" : "审查中",
    };
}
