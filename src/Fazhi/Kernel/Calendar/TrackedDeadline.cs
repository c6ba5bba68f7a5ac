namespace Fazhi.Kernel.Calendar;

public enum DeadlineState { Pending, DueSoon, Overdue, Paused, MetOnTime, MetLate, Lapsed }

/// <summary>A deadline as a case shows it: computed due date, any approved extension (its date moved by later pauses,
/// DeadlineCalculator.Extend), and whether it was met.</summary>
public sealed record TrackedDeadline(
    DeadlineResult Computed, DeadlineExtension? Extension, DateOnly? DoneOn, DeadlineResult? Extended = null)
{
    public const int DueSoonDays = 7;

    public DeadlineRule Rule => Computed.Rule;
    public DateOnly? OriginalDue => Computed.Due;
    public DateOnly? Due => Extended is not null ? Extended.Due : Extension?.NewDue ?? Computed.Due;

    /// <summary>How the date was counted: the statutory period, then any extension.</summary>
    public IEnumerable<string> Steps => Computed.Steps.Concat(Extended?.Steps ?? []);

    public DeadlineState StateOn(DateOnly today)
    {
        if (DoneOn is { } done) return Due is { } d && done > d ? DeadlineState.MetLate : DeadlineState.MetOnTime;
        if (Due is not { } due) return DeadlineState.Paused;
        if (today > due) return Rule.LapseEffect is null ? DeadlineState.Overdue : DeadlineState.Lapsed;
        return due.DayNumber - today.DayNumber <= DueSoonDays ? DeadlineState.DueSoon : DeadlineState.Pending;
    }

    public string StateText(DateOnly today) =>
        StateOn(today) is var s && s == DeadlineState.Lapsed ? Rule.LapseEffect! : StateLabel(s);

    public static string StateLabel(DeadlineState s) => s switch
    {
        DeadlineState.Pending => "进行中",
        DeadlineState.DueSoon => "即将到期",
        DeadlineState.Overdue => "已超期",
        DeadlineState.Paused => "中止计算",
        DeadlineState.MetOnTime => "按期完成",
        _ => "逾期完成",
    };
}
