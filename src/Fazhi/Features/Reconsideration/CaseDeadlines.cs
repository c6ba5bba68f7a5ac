using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Reconsideration;

/// <summary>The statutory periods of 行政复议 and the deadlines of one case, computed from its dates (never typed
/// in).
/// Periods the 行政复议法 writes as 3/5/7/10日 count working days (第88条); the rest count calendar
/// days.</summary>
public static class CaseDeadlines
{
    const string Law = "《行政复议法》（2023年修订）";
    public const string DecisionRuleKey = "reconsideration.decision";
    const string HearingNoticeKey = "reconsideration.hearing_notice";
    const string OpinionReportKey = "reconsideration.opinion_report";
    const string ForwardingKey = "reconsideration.forwarding";
    const string IncidentalHandlingKey = "reconsideration.incidental_handling";
    const string IncidentalForwardingKey = "reconsideration.incidental_forwarding";
    const string MakerNoticeKey = "reconsideration.incidental_maker_notice";
    const string MakerAnswerKey = "reconsideration.incidental_maker_answer";
    const string ForwardReplyKey = "reconsideration.incidental_forward_reply";

    public static readonly DeadlineRule[] Rules =
    [
        new("reconsideration.acceptance_review", "受理审查", 5, PeriodUnit.WorkingDay, $"{Law}第30条、第88条",
            "收到复议申请之日", "期满视为受理"),
        new("reconsideration.material_notice", "一次性补正通知", 5, PeriodUnit.WorkingDay,
            $"{Law}第31条、第88条",
            "收到复议申请之日"),
        new("reconsideration.material_supply", "申请人补正材料", 10, PeriodUnit.WorkingDay,
            $"{Law}第31条、第88条",
            "收到补正通知之日"),
        new("reconsideration.copy_to_respondent", "发送申请书副本（普通程序）", 7, PeriodUnit.WorkingDay,
            $"{Law}第48条、第88条", "受理之日"),
        new("reconsideration.respondent_answer", "被申请人答复（普通程序）", 10, PeriodUnit.WorkingDay,
            $"{Law}第48条、第88条", "收到申请书副本之日"),
        new("reconsideration.copy_to_respondent_simplified", "发送申请书副本（简易程序）", 3,
            PeriodUnit.WorkingDay,
            $"{Law}第54条、第88条", "受理之日"),
        new("reconsideration.respondent_answer_simplified", "被申请人答复（简易程序）", 5,
            PeriodUnit.WorkingDay,
            $"{Law}第54条、第88条", "收到申请书副本之日"),
        new(DecisionRuleKey, "作出复议决定（普通程序）", 60, PeriodUnit.CalendarDay,
            $"{Law}第62条第1款", "受理之日"),
        new("reconsideration.decision_simplified", "作出复议决定（简易程序）", 30, PeriodUnit.CalendarDay,
            $"{Law}第62条第2款", "受理之日"),
        new("reconsideration.decision_extension_max", "复议决定延期上限", 30, PeriodUnit.CalendarDay,
            $"{Law}第62条第1款", "原决定期限届满之日"),
        new("reconsideration.suspension_termination", "中止满60日终止", 60, PeriodUnit.CalendarDay,
            $"{Law}第41条第1款第5项", "中止之日"),
        new(HearingNoticeKey, "听证书面通知", 5, PeriodUnit.WorkingDay, $"{Law}第51条第1款、第88条",
            "书面通知当事人之日", "听证于期满后举行"),
        new(OpinionReportKey, "意见书纠正情况报送", 60, PeriodUnit.CalendarDay, $"{Law}第76条",
            "收到行政复议意见书之日"),
        new(IncidentalHandlingKey, "附带审查：有权处理的依法处理", 30, PeriodUnit.CalendarDay,
            $"{Law}第56条、第57条", "提出附带审查申请或发现依据不合法之日"),
        new(IncidentalForwardingKey, "附带审查：无权处理的转送", 7, PeriodUnit.WorkingDay,
            $"{Law}第56条、第57条、第88条", "提出附带审查申请或发现依据不合法之日"),
        new(MakerNoticeKey, "附带审查：通知制定机关答复", 3, PeriodUnit.WorkingDay, $"{Law}第58条第1" +
            "款、第88条",
            "因附带审查中止之日"),
        new(MakerAnswerKey, "附带审查：制定机关书面答复", 10, PeriodUnit.WorkingDay, $"{Law}第58条第1" +
            "款、第88条",
            "收到书面通知之日（以通知日计）"),
        new(ForwardReplyKey, "附带审查：接受转送机关回复", 60, PeriodUnit.CalendarDay, $"{Law}第60条",
            "收到转送之日（以转送日计）"),
        new(ForwardingKey, "处罚机关转送复议申请", 5, PeriodUnit.WorkingDay, $"{Law}第32条第2款、" +
            "第88条",
            "处罚机关收到复议申请之日"),
        new("reconsideration.application", "申请复议期限", 60, PeriodUnit.CalendarDay, $"{Law}第20条第1款",
            "知道或应当知道行政行为之日"),
    ];

    /// <summary>第41条第1款第5项: suspensions on 第39条第1款 items 1, 2 and 4 end the case after 60
    /// days.</summary>
    public static readonly SuspensionGround[] TerminatingGrounds =
        [SuspensionGround.ApplicantDied, SuspensionGround.LostCapacity, SuspensionGround.EntityEnded];

    static DeadlineRule Rule(string key) => Rules.First(r => r.Key == key);

    public static List<TrackedDeadline> For(ReconsiderationCase c, DeadlineCalculator calc,
        IReadOnlyList<DeadlineExtension> extensions)
    {
        var list = new List<TrackedDeadline>();
        void Add(DeadlineRule rule, DateOnly start, DateOnly? done, IReadOnlyList<Pause>? pauses = null) =>
            list.Add(calc.Track(rule, start, done, extensions, pauses ?? []));

        var simplified = c.Procedure == ReconsiderationProcedure.Simplified;
        if (c.SubmittedViaRespondentOn is { } via) Add(Rule(ForwardingKey), via, c.ReceivedOn);
        if (c.MaterialRequestedOn is { } requested)
        {
            Add(Rule("reconsideration.material_notice"), c.ReceivedOn, requested);
            Add(Rule("reconsideration.material_supply"), requested, c.MaterialSuppliedOn);
        }
        if (c.Status == ReconsiderationStatus.MaterialRequested) return list;
        Add(Rule("reconsideration.acceptance_review"), c.MaterialSuppliedOn ?? c.ReceivedOn,
            c.AcceptanceDeemed ? null : c.AcceptedOn ?? c.NotAcceptedOn);
        // 第30条第3款: a case still awaiting a decision on acceptance is accepted, at the latest, when the review
        // period ends; its later periods already run from then.
        var accepted = c.AcceptedOn ?? (c.Status == ReconsiderationStatus.Received ? ReviewDue(c, calc) : null);
        if (accepted is not { } from) return list;
        var deemed = c.AcceptedOn is null || c.AcceptanceDeemed;
        DeadlineRule FromAcceptance(string key) =>
            deemed ? Rule(key) with { StartsFrom = "审查期限届满之日（视为受理，" +
                "第30条第3款）" } : Rule(key);

        Add(FromAcceptance(simplified ? "reconsideration.copy_to_respondent_simplified"
            : "reconsideration.copy_to_respondent"), from, c.CopySentOn);
        if (c.CopyReceivedOn is { } received)
            Add(Rule(simplified ? "reconsideration.respondent_answer_simplified" : "reconsideration.respondent_answer"),
                received, c.AnswerReceivedOn);
        var pauses = c.Suspensions.Select(s => new Pause(s.SuspendedOn, s.ResumedOn, Labels.Ground[s.Ground])).ToList();
        Add(FromAcceptance(simplified ? "reconsideration.decision_simplified" : DecisionRuleKey), from, c.ConcludedOn,
            pauses);
        foreach (var s in c.Suspensions.Where(s => TerminatingGrounds.Contains(s.Ground)))
            Add(Rule("reconsideration.suspension_termination"), s.SuspendedOn,
                s.ResumedOn ?? (c.ConcludedOn is { } end && end >= s.SuspendedOn ? end : null));
        if (c.OpinionLetterServedOn is { } served) Add(Rule(OpinionReportKey), served, c.OpinionLetterReportedOn);
        // Until the 复议机关 says whether it may handle the review, both periods run; its outcome closes the one
        // that
        // applied and drops the other.
        if (c.IncidentalReviewOn is { } raised)
        {
            var forwarded = c.IncidentalOutcome == IncidentalOutcome.Forwarded;
            var done = c.IncidentalDoneOn;
            if (c.IncidentalOutcome is null || !forwarded) Add(Rule(IncidentalHandlingKey), raised, done);
            if (c.IncidentalOutcome is null || forwarded) Add(Rule(IncidentalForwardingKey), raised, done);
            if (c.Suspensions.FirstOrDefault(s => s.Ground == SuspensionGround.NormativeDocumentReview
                    && s.SuspendedOn >= raised) is { } suspended && !forwarded)
                Add(Rule(MakerNoticeKey), suspended.SuspendedOn, c.MakerNotifiedOn);
            if (c.MakerNotifiedOn is { } notified) Add(Rule(MakerAnswerKey), notified, c.MakerAnsweredOn);
            if (forwarded) Add(Rule(ForwardReplyKey), done!.Value, c.ForwardReplyOn);
        }
        if (PerformanceRules.Deadline(c) is { } performance) list.Add(performance);
        return list;
    }

    /// <summary>The last day of the acceptance review (第30条第1款: 5 working days from receipt, or from the
    /// supplied
    /// material, 第31条第3款).</summary>
    public static DateOnly ReviewDue(ReconsiderationCase c, DeadlineCalculator calc) =>
        calc.Compute(Rule("reconsideration.acceptance_review"), c.MaterialSuppliedOn ?? c.ReceivedOn).Due!.Value;

    /// <summary>The last day for the applicant to supply material (第31条第2款: 10 working days from the
    /// notice).</summary>
    public static DateOnly SupplyDue(ReconsiderationCase c, DeadlineCalculator calc) =>
        calc.Compute(Rule("reconsideration.material_supply"), c.MaterialRequestedOn!.Value).Due!.Value;

    /// <summary>The fifth working day after a hearing notice (第51条第1款, 第88条): the hearing comes after
    /// it.</summary>
    public static DateOnly HearingNoticeEnds(DateOnly notice, DeadlineCalculator calc) =>
        calc.Compute(Rule(HearingNoticeKey), notice).Due!.Value;

    /// <summary>The decision deadline, the one the due-soon and overdue lists follow.</summary>
    public static TrackedDeadline? Decision(ReconsiderationCase c, DeadlineCalculator calc,
        IReadOnlyList<DeadlineExtension> extensions) =>
        For(c, calc, extensions).FirstOrDefault(d => d.Rule.Key.StartsWith(DecisionRuleKey));

    /// <summary>The shortest decision period of the procedure: the due date is never earlier than acceptance plus
    /// this (pauses, holidays and an extension only move it later), which lets the due list narrow in the
    /// store.</summary>
    public static int ShortestDecisionDays(ReconsiderationProcedure procedure) =>
        Rule(procedure == ReconsiderationProcedure.Simplified ? "reconsideration.decision_simplified" : DecisionRuleKey)
            .Length;

    /// <summary>第30条第3款: the review period has lapsed without a decision on acceptance, so the case counts as
    /// accepted (the case page says so until the acceptance is recorded).</summary>
    public static bool DeemedAccepted(ReconsiderationCase c, DeadlineCalculator calc, DateOnly today) =>
        c.Status == ReconsiderationStatus.Received && ReviewDue(c, calc) < today;

    /// <summary>第62条: an extension of at most 30 days, approved by the head of the 复议机构, with a
    /// reason.</summary>
    public static DeadlineExtension Extend(ReconsiderationCase c, DeadlineCalculator calc,
        IReadOnlyList<DeadlineExtension> existing, DateOnly newDue, string reason, string approver, DateOnly approvedOn)
    {
        if (c.Procedure == ReconsiderationProcedure.Simplified)
            throw new DomainException("NewDue", "简易程序案件的审理期限不得延长（第62条第2款）");
        if (!c.IsOpen || c.AcceptedOn is null) throw new DomainException("NewDue",
            "只有已受理、尚未审结的案件可以延期");
        if (existing.Any(e => e.RuleKey == DecisionRuleKey)) throw new DomainException("NewDue",
            "审理期限已延长过一次");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Reason", "请填写延期理由");
        if (string.IsNullOrWhiteSpace(approver)) throw new DomainException("Approver",
            "请填写批准人（行政复议机构负责人）");
        var original = Decision(c, calc, existing)?.OriginalDue
                       ?? throw new DomainException("NewDue", "案件中止期间不能延期");
        var latest = original.AddDays(Rule("reconsideration.decision_extension_max").Length);
        if (newDue <= original) throw new DomainException("NewDue",
            $"延长后的期限须晚于原期限（{original:yyyy-MM-dd}）");
        if (newDue > latest) throw new DomainException("NewDue",
            $"延长期限最多不超过30日，即不得晚于{latest:yyyy-MM-dd}");
        return new DeadlineExtension
        {
            OwnerType = ReconsiderationCase.OwnerType, OwnerId = c.Id, RuleKey = DecisionRuleKey, NewDue = newDue,
            Reason = reason.Trim(), Approver = approver.Trim(), ApprovedOn = approvedOn,
        };
    }
}
