using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Disputes;

/// <summary>The periods of a mediation case.</summary>
public static class DisputeDeadlines
{
    /// <summary>《人民调解工作若干规定》（司法部令第75号）第33条: "人民调解委员会调解纠纷，一般在一个月内调结" —
    /// a guideline, not a bar, so a case past it is late, never void.</summary>
    public static readonly DeadlineRule Mediation = new("disputes.mediation", "调结纠纷", 1, PeriodUnit.Month,
        "《人民调解工作若干规定》（司法部令第75号）第33条（一般在一个月内调结）", "受理纠纷之日");

    /// <summary>人民调解法 第33条第1款: the parties may apply jointly for 司法确认 "自调解协议生效之日起三十日内"
    /// ; the agreement takes effect when signed and sealed (第29条), the day the case records as its conclusion.
    /// </summary>
    public static readonly DeadlineRule Confirmation = new("disputes.confirmation", "申请司法确认", 30,
        PeriodUnit.CalendarDay, "《人民调解法》第33条第1款", "调解协议生效之日");

    public static IReadOnlyList<DeadlineRule> Rules => [Mediation, Confirmation];

    /// <summary>The case's periods as its page shows them: mediation from receipt, and for an agreement the window
    /// for 司法确认.</summary>
    public static List<TrackedDeadline> For(DisputeCase c, DeadlineCalculator calc)
    {
        var list = new List<TrackedDeadline> { calc.Track(Mediation, c.ReceivedOn, c.ConcludedOn, []) };
        if (c.Outcome == DisputeOutcome.Resolved && c.ConcludedOn is { } agreed)
            list.Add(calc.Track(Confirmation, agreed, c.ConfirmationAppliedOn, []));
        return list;
    }
}
