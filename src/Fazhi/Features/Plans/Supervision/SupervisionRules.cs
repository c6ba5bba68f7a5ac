namespace Fazhi.Features.Plans.Supervision;

/// <summary>Why a lead unit is supervised: a one-time target of its task has passed while its own latest reported
/// progress is short of 100% (or it never reported), or last month's report was due and did not come. A task the
/// unit reported complete raises nothing.</summary>
public static class SupervisionRules
{
    public sealed record Cause(TaskAssignment Lead, PlanTask Task, SupervisionReason Reason, string Key, string Detail);

    public static IEnumerable<Cause> Causes(ImplementationPlan plan, IReadOnlyList<ProgressReport> reports,
        DateOnly today, int reportDay)
    {
        foreach (var (task, lead, own, percent) in LeadsBehind(plan, reports))
        {
            var progress = percent is { } p ? $"最新报送进度{p}%" : "尚未报送进展";
            foreach (var m in task.Milestones.Where(m => m.Recurs is null && m.DueOn < today))
                yield return new Cause(lead, task, SupervisionReason.TaskOverdue, $"target:{m.Id}",
                    $"时间节点{m.DueOn:yyyy年M月d日}（{m.Text}）已过，{progress}");
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            var due = SupervisionDeadlines.ReportDue(month, reportDay);
            if (today > due && month >= new DateOnly(plan.IssuedOn.Year, plan.IssuedOn.Month, 1)
                && own.All(r => r.Month != month))
                yield return new Cause(lead, task, SupervisionReason.ReportMissing, $"report:{month:yyyy-MM}",
                    $"{month:yyyy年M月}工作进展应于{due:yyyy年M月d日}前报送，至今未报送");
        }
    }

    /// <summary>Targets of tasks not yet complete that fall due within a week: their lead units are reminded.
    /// </summary>
    public static IEnumerable<(TaskAssignment Lead, PlanTask Task, TaskMilestone Target, DateOnly Due)> Upcoming(
        ImplementationPlan plan, IReadOnlyList<ProgressReport> reports, DateOnly today)
    {
        foreach (var (task, lead, _, _) in LeadsBehind(plan, reports))
        foreach (var m in task.Milestones)
            if (PlanRules.NextDue(m, today) is var due && due >= today
                && due <= today.AddDays(Kernel.Calendar.TrackedDeadline.DueSoonDays))
                yield return (lead, task, m, due);
    }

    /// <summary>Each lead unit of a task with its own reports, whose latest progress is short of 100%.</summary>
    static IEnumerable<(PlanTask Task, TaskAssignment Lead, List<ProgressReport> Own, int? Percent)> LeadsBehind(
        ImplementationPlan plan, IReadOnlyList<ProgressReport> reports)
    {
        foreach (var task in plan.Tasks)
        foreach (var lead in task.Assignments.Where(SupervisionDeadlines.IsLead))
        {
            var own = reports.Where(r => r.AssignmentId == lead.Id).ToList();
            var percent = own.MaxBy(r => r.Month)?.Percent;
            if (percent is not >= 100) yield return (task, lead, own, percent);
        }
    }
}
