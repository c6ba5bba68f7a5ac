using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>The periods a case shows, each from the catalogue: the decision (行政处罚法 第60条, 行政许可法
/// 第42条), the hearing request, service, payment of a fine, publication (118号) and its withdrawal
/// (第48条第2款), and the 处理决定 after a 查封、扣押 or 冻结 (行政强制法 第25、32条).</summary>
public static class CaseDeadlines
{
    /// <summary>Coercive measures and inspections have no general period for their result.</summary>
    public static DeadlineRule? DecisionRule(PowerKind kind) => kind switch
    {
        PowerKind.Penalty => EnforcementDeadlines.Rule("enforcement.penalty_decision"),
        PowerKind.Licensing => DeadlineRules.Get("licensing.decision"),
        _ => null,
    };

    /// <summary>118号: licences and penalties within 7 working days, other decisions within 20.</summary>
    public static DeadlineRule PublicityRule(PowerKind kind) => EnforcementDeadlines.Rule(
        kind is PowerKind.Penalty or PowerKind.Licensing
            ? "enforcement.publicity_penalty" : "enforcement.publicity_other");

    public static DeadlineRule HearingRule => EnforcementDeadlines.Rule("enforcement.hearing_request");

    /// <summary>Fixes the decision's due date at filing, for the figures that compare decisions with it.</summary>
    public static void FixDecisionDue(EnforcementCase c, DeadlineCalculator calc)
    {
        if (DecisionRule(c.Kind) is { } rule) c.DecisionDue = calc.Compute(rule, c.FiledOn).Due!.Value;
    }

    public static List<TrackedDeadline> For(EnforcementCase c, DeadlineCalculator calc,
        IReadOnlyList<DeadlineExtension> extensions)
    {
        var list = new List<TrackedDeadline>();
        void Add(DeadlineRule rule, DateOnly start, DateOnly? done, IReadOnlyList<Pause>? pauses = null) =>
            list.Add(calc.Track(rule, start, done, extensions, pauses));
        if (DecisionRule(c.Kind) is { } decision) Add(decision, c.FiledOn, c.DecidedOn);
        if (c is { HearingNotified: true, NotifiedOn: { } notified })
            Add(HearingRule, notified, c.HearingRequestedOn);
        if (c is { DecidedOn: { } decided, DeliveredOnSpot: false } && c.Kind == PowerKind.Penalty)
            Add(EnforcementDeadlines.Rule("enforcement.penalty_delivery"), decided, c.DeliveredOn);
        if (c.DecidedOn is { } d && c.PublicityDue is not null) Add(PublicityRule(c.Kind), d, c.PublishedOn);
        if (c.DecidedOn is { } taken && CoercionRules.PeriodRule(c.Measure) is { } period)
            Add(period, taken, c.DisposedOn, CoercionRules.Pauses(c));
        if (c.Sorts.HasFlag(PenaltySort.Fine) && c.DeliveredOn is { } delivered)
            Add(EnforcementDeadlines.Rule("enforcement.fine_payment"), delivered, c.ExecutedOn);
        if (c is { OverturnedOn: { } overturned, PublishedOn: not null })
            Add(EnforcementDeadlines.Rule("enforcement.publicity_withdrawal"), overturned, c.WithdrawnOn);
        return list;
    }

    /// <summary>The agency's own duties among them: a hearing request and a fine's payment are the party's.</summary>
    public static bool IsAgencyDuty(TrackedDeadline d) =>
        d.Rule.Key is not ("enforcement.hearing_request" or "enforcement.fine_payment");
}
