using Fazhi.Features.Plans.Reading;

namespace Fazhi.Features.Plans;

/// <summary>When a task's targets fall due and when a task is behind: a one-time target has passed while the lead
/// units' progress is short of 100%.</summary>
public static class PlanRules
{
    /// <summary>The target's next date on or after today; a one-time target keeps its date.</summary>
    public static DateOnly NextDue(TaskMilestone m, DateOnly today)
    {
        if (m.Recurs is not { } every) return m.DueOn;
        var step = every switch
        {
            Recurrence.Monthly => 1, Recurrence.Quarterly => 3, Recurrence.HalfYearly => 6, _ => 12,
        };
        var due = m.DueOn;
        for (var n = 1; due < today; n++) due = MonthEndLike(m.DueOn, n * step);
        return due;
    }

    /// <summary>A date n months on, kept at the month's end when the first date was one (6-30 → 9-30 → 12-31).
    /// </summary>
    static DateOnly MonthEndLike(DateOnly first, int months)
    {
        var moved = first.AddMonths(months);
        return first.Day == DateTime.DaysInMonth(first.Year, first.Month)
            ? new DateOnly(moved.Year, moved.Month, DateTime.DaysInMonth(moved.Year, moved.Month)) : moved;
    }

    public static bool Overdue(TaskMilestone m, int? percent, DateOnly today) =>
        m.Recurs is null && m.DueOn < today && (percent ?? 0) < 100;
}
