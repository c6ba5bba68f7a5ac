using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Reconsideration;

/// <summary>The statutory deadlines of one case, computed from its dates (never typed in).</summary>
public static class CaseDeadlines
{
    public const string OwnerType = "reconsideration";
    public const string DecisionRuleKey = "reconsideration.decision";

    static readonly SuspensionGround[] TerminatingGrounds =
        [SuspensionGround.ApplicantDied, SuspensionGround.LostCapacity, SuspensionGround.ApplicantMissing];

    public static List<TrackedDeadline> For(ReconsiderationCase c, DeadlineCalculator calc, IReadOnlyList<DeadlineExtension> extensions)
    {
        var list = new List<TrackedDeadline>();
        void Add(string key, DateOnly start, DateOnly? done, IReadOnlyList<Pause>? pauses = null) =>
            list.Add(new TrackedDeadline(calc.Compute(DeadlineRules.Get(key), start, pauses), extensions.LastOrDefault(e => e.RuleKey == key), done));

        var simplified = c.Procedure == ReconsiderationProcedure.Simplified;
        if (c.MaterialRequestedOn is { } requested)
        {
            Add("reconsideration.material_notice", c.ReceivedOn, requested);
            Add("reconsideration.material_supply", requested, c.MaterialSuppliedOn);
        }
        if (c.Status != ReconsiderationStatus.MaterialRequested)
            Add("reconsideration.acceptance_review", c.MaterialSuppliedOn ?? c.ReceivedOn, c.AcceptedOn ?? c.NotAcceptedOn);
        if (c.AcceptedOn is not { } accepted) return list;

        Add(simplified ? "reconsideration.copy_to_respondent_simplified" : "reconsideration.copy_to_respondent", accepted, c.CopySentOn);
        if (c.CopySentOn is { } sent)
            Add(simplified ? "reconsideration.respondent_answer_simplified" : "reconsideration.respondent_answer", sent, c.AnswerReceivedOn);
        var pauses = c.Suspensions.Select(s => new Pause(s.SuspendedOn, s.ResumedOn, Labels.Ground[s.Ground])).ToList();
        Add(simplified ? "reconsideration.decision_simplified" : DecisionRuleKey, accepted, c.ConcludedOn, pauses);
        foreach (var s in c.Suspensions.Where(s => TerminatingGrounds.Contains(s.Ground)))
            Add("reconsideration.suspension_termination", s.SuspendedOn, s.ResumedOn ?? (c.ConcludedOn is { } end && end >= s.SuspendedOn ? end : null));
        return list;
    }

    /// <summary>The decision deadline, the one the due-soon and overdue lists follow.</summary>
    public static TrackedDeadline? Decision(ReconsiderationCase c, DeadlineCalculator calc, IReadOnlyList<DeadlineExtension> extensions) =>
        For(c, calc, extensions).FirstOrDefault(d => d.Rule.Key.StartsWith("reconsideration.decision"));

    /// <summary>第30条: when the review period lapses without a refusal, the application counts as accepted.</summary>
    public static bool DeemedAccepted(ReconsiderationCase c, DeadlineCalculator calc, DateOnly today) =>
        c.Status == ReconsiderationStatus.Received
        && calc.Compute(DeadlineRules.Get("reconsideration.acceptance_review"), c.MaterialSuppliedOn ?? c.ReceivedOn).Due < today;

    /// <summary>第62条: an extension of at most 30 days, approved by the head of the 复议机构, with a reason.</summary>
    public static DeadlineExtension Extend(ReconsiderationCase c, DeadlineCalculator calc, IReadOnlyList<DeadlineExtension> existing,
        DateOnly newDue, string reason, string approver, DateOnly approvedOn)
    {
        if (c.Procedure == ReconsiderationProcedure.Simplified) throw new Kernel.DomainException("NewDue", "简易程序案件的审理期限不得延长（第62条第2款）");
        if (!c.IsOpen || c.AcceptedOn is null) throw new Kernel.DomainException("NewDue", "只有已受理、尚未审结的案件可以延期");
        if (existing.Any(e => e.RuleKey == DecisionRuleKey)) throw new Kernel.DomainException("NewDue", "审理期限已延长过一次");
        if (string.IsNullOrWhiteSpace(reason)) throw new Kernel.DomainException("Reason", "请填写延期理由");
        if (string.IsNullOrWhiteSpace(approver)) throw new Kernel.DomainException("Approver", "请填写批准人（行政复议机构负责人）");
        var original = Decision(c, calc, existing)?.OriginalDue ?? throw new Kernel.DomainException("NewDue", "案件中止期间不能延期");
        var latest = original.AddDays(DeadlineRules.Get("reconsideration.decision_extension_max").Length);
        if (newDue <= original) throw new Kernel.DomainException("NewDue", $"延长后的期限须晚于原期限（{original:yyyy-MM-dd}）");
        if (newDue > latest) throw new Kernel.DomainException("NewDue", $"延长期限最多不超过30日，即不得晚于{latest:yyyy-MM-dd}");
        return new DeadlineExtension { OwnerType = OwnerType, OwnerId = c.Id, RuleKey = DecisionRuleKey, NewDue = newDue, Reason = reason.Trim(), Approver = approver.Trim(), ApprovedOn = approvedOn };
    }
}
