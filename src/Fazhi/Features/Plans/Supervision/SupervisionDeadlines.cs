using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Plans.Supervision;

/// <summary>A notice's periods, counted in working days from its issue (or last escalation) with the lengths it was
/// issued under. The catalogue lists the default lengths.</summary>
public static class SupervisionDeadlines
{
    const string Basis = "督办制度（时限可配置：Plans:Supervision，默认参照忻州“13710”督办机制）";
    const string Start = "督办单下达（或升级）之日";

    public static readonly DeadlineRule[] Rules =
    [
        new("plans.supervision.acknowledge", "督办单签收", 1, PeriodUnit.WorkingDay, Basis, Start),
        new("plans.supervision.reply", "督办事项反馈", 3, PeriodUnit.WorkingDay, Basis, Start),
        new("plans.supervision.resolve", "督办事项办结", 7, PeriodUnit.WorkingDay, Basis, Start),
        new("plans.supervision.escalate", "未办结升级督办", 10, PeriodUnit.WorkingDay, Basis, Start),
    ];

    static DeadlineRule Rule(string key, int length) => Rules.Single(r => r.Key == key) with { Length = length };

    /// <summary>The duties of the notice: signing, replying, resolving; each met on its day.</summary>
    public static List<TrackedDeadline> For(SupervisionNotice n, DeadlineCalculator calc) =>
    [
        calc.Track(Rule("plans.supervision.acknowledge", n.AcknowledgeDays), n.IssuedOn, n.AcknowledgedOn, []),
        calc.Track(Rule("plans.supervision.reply", n.ReplyDays), n.CycleStart, n.RepliedOn, []),
        calc.Track(Rule("plans.supervision.resolve", n.ResolveDays), n.CycleStart, n.ResolvedOn, []),
    ];

    /// <summary>The day an open notice rises a level.</summary>
    public static DateOnly? EscalatesOn(SupervisionNotice n, DeadlineCalculator calc) =>
        calc.Compute(Rule("plans.supervision.escalate", n.EscalateDays), n.CycleStart).Due;

    /// <summary>A task's target as the due list shows it: its date is the plan's, nothing is counted.</summary>
    public static TrackedDeadline Target(TaskMilestone m, DateOnly due) => new(new DeadlineResult(TargetRule, due,
        due, false, [$"实施方案确定的时间节点：{m.Text}{PlanLabels.Recurs(m.Recurs)}"]), null, null);

    static readonly DeadlineRule TargetRule =
        new("plans.target", "任务时间节点", 0, PeriodUnit.CalendarDay, "实施方案", "方案确定");

    /// <summary>When a month's report is due: the configured day of the next month.</summary>
    public static DateOnly ReportDue(DateOnly month, int reportDay) => month.AddMonths(1).AddDays(reportDay - 1);

    public static bool IsLead(TaskAssignment a) => a.Role == UnitRole.Lead && a.UnitId is not null;
}
