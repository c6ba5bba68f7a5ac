namespace Fazhi.Kernel.Calendar;

/// <summary>A period during which a clock stands still (中止): days after From up to and including To do not
/// count.</summary>
public sealed record Pause(DateOnly From, DateOnly? To, string Reason);

public sealed record DeadlineResult(
    DeadlineRule Rule, DateOnly Start, DateOnly? Due, bool Provisional, IReadOnlyList<string> Steps);

/// <summary>Deadline arithmetic on the official calendar. The start day itself is not counted (the day after it is
/// day 1).</summary>
public class DeadlineCalculator(WorkingCalendar calendar)
{
    public WorkingCalendar Calendar => calendar;

    public DeadlineResult Compute(DeadlineRule rule, DateOnly start, IReadOnlyList<Pause>? pauses = null)
    {
        pauses ??= [];
        var steps = new List<string>
        {
            $"起算：{start:yyyy-MM-dd}（{rule.StartsFrom}，当日不计入），期间{rule.LengthText}，" +
                $"依据{rule.LegalBasis}",
        };
        if (pauses.Any(p => p.To is null && p.From >= start))
        {
            var open = pauses.First(p => p.To is null);
            steps.Add($"自{open.From:yyyy-MM-dd}起中止（{open.Reason}），期限暂停计算，" +
                "恢复后重新确定届满日");
            return new DeadlineResult(rule, start, null, calendar.IsProvisional(start.Year), steps);
        }
        bool Paused(DateOnly d) => pauses.Any(p => d > p.From && d <= p.To);
        DateOnly due = rule.Unit switch
        {
            PeriodUnit.WorkingDay => CountWorkingDays(start, rule.Length, Paused, steps),
            PeriodUnit.CalendarDay => MoveOffHoliday(CountCalendarDays(start, rule.Length, pauses, steps), steps),
            _ => MoveOffHoliday(CountMonths(start, rule.Length, pauses, steps), steps),
        };
        var provisional = Enumerable.Range(start.Year, due.Year - start.Year + 1).Any(calendar.IsProvisional);
        if (provisional)
            steps.Add("注意：期间涉及尚未公布放假安排的年份，暂按周末计算，" +
                "届满日为暂定");
        steps.Add($"届满：{due:yyyy-MM-dd}（{WeekdayName(due)}）");
        return new DeadlineResult(rule, start, due, provisional, steps);
    }

    DateOnly CountWorkingDays(DateOnly start, int n, Func<DateOnly, bool> paused, List<string> steps)
    {
        var d = start;
        for (var counted = 0; counted < n;)
        {
            d = d.AddDays(1);
            if (paused(d)) { steps.Add($"{d:MM-dd} 中止期间，不计"); continue; }
            if (calendar.IsWorkingDay(d))
            {
                counted++;
                if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    steps.Add($"{d:MM-dd} {calendar.Describe(d)}，计为第{counted}个工作日");
            }
            else steps.Add($"{d:MM-dd} {calendar.Describe(d)}，跳过");
        }
        return d;
    }

    /// <summary>Calendar days, the paused ones skipped and named by their reasons.</summary>
    static DateOnly CountCalendarDays(DateOnly start, int n, IReadOnlyList<Pause> pauses, List<string> steps)
    {
        var d = start;
        var skipped = new List<Pause>();
        for (var counted = 0; counted < n;)
        {
            d = d.AddDays(1);
            if (pauses.FirstOrDefault(p => d > p.From && d <= p.To) is { } pause) skipped.Add(pause);
            else counted++;
        }
        if (skipped.Count > 0)
            steps.Add($"扣除中止期间{skipped.Count}日（{string.Join("；", skipped.Select(p => p.Reason).Distinct())}）");
        return d;
    }

    /// <summary>Only the paused days after the start stand the clock still: a pause that ended before the period
    /// began takes nothing off it.</summary>
    static DateOnly CountMonths(DateOnly start, int n, IReadOnlyList<Pause> pauses, List<string> steps)
    {
        var paused = pauses.Where(p => p.To > start)
            .Sum(p => p.To!.Value.DayNumber - Math.Max(p.From.DayNumber, start.DayNumber));
        if (paused > 0) steps.Add($"扣除中止期间{paused}日");
        return start.AddMonths(n).AddDays(paused);
    }

    /// <summary>A rule as a case tracks it: computed from its start over the pauses, with the latest extension
    /// approved for it, moved by the pauses after its approval when the rule has pauses to count.</summary>
    public TrackedDeadline Track(DeadlineRule rule, DateOnly start, DateOnly? done,
        IReadOnlyList<DeadlineExtension> extensions, IReadOnlyList<Pause>? pauses = null)
    {
        var computed = Compute(rule, start, pauses);
        var extension = extensions.LastOrDefault(e => e.RuleKey == rule.Key);
        return new TrackedDeadline(computed, extension, done,
            extension is null || pauses is null ? null : Extend(computed, extension, pauses));
    }

    /// <summary>An approved extension's date, moved on by every day the clock stands still after the approval: the
    /// approver counted the pauses before it, later ones stop the extended period as they stop the original one.
    /// Null while a later pause is open.</summary>
    public DeadlineResult Extend(DeadlineResult original, DeadlineExtension extension, IReadOnlyList<Pause> pauses)
    {
        var steps = new List<string>
        {
            $"经批准延长至{extension.NewDue:yyyy-MM-dd}（{extension.ApprovedOn:yyyy-MM-dd}批准" +
                $"，{extension.Approver}）",
        };
        var later = pauses.Where(p => p.From >= extension.ApprovedOn).ToList();
        if (later.FirstOrDefault(p => p.To is null) is { } open)
        {
            steps.Add($"自{open.From:yyyy-MM-dd}起中止（{open.Reason}），延长后的期限暂停计算");
            return original with { Due = null, Steps = steps };
        }
        var paused = later.Sum(p => p.To!.Value.DayNumber - p.From.DayNumber);
        var due = extension.NewDue.AddDays(paused);
        if (paused > 0)
        {
            steps.Add($"延长后又中止{paused}日，相应顺延");
            due = MoveOffHoliday(due, steps);
        }
        steps.Add($"届满：{due:yyyy-MM-dd}（{WeekdayName(due)}）");
        return original with { Due = due, Steps = steps };
    }

    /// <summary>A period whose last day is a holiday or weekend ends on the next working day.</summary>
    DateOnly MoveOffHoliday(DateOnly d, List<string> steps)
    {
        while (!calendar.IsWorkingDay(d))
        {
            steps.Add($"{d:MM-dd} 为{calendar.Describe(d)}，届满日顺延");
            d = d.AddDays(1);
        }
        return d;
    }

    public static string WeekdayName(DateOnly d) =>
        "日一二三四五六"[(int)d.DayOfWeek] is var c ? $"星期{c}" : "";
}
