using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans;

/// <summary>A task's 时间节点 kept by the plan's unit after import: added, moved or dropped. Each change is a step on
/// the plan's timeline stating before and after, and 督办 follows the dates as they now stand.</summary>
public sealed class MilestoneService(FazhiDb db, CaseWorkflow workflow, PlanService plans)
{
    public const int MaxText = 500;

    /// <summary>Adds a target to the task, or changes the one MilestoneId names.</summary>
    public async Task<ImplementationPlan> SaveAsync(int taskId, MilestoneRequest r, CancellationToken ct = default)
    {
        var (plan, task) = await TaskAsync(taskId, ct);
        var text = r.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxText)
            throw new DomainException("Text", $"请填写时间节点的内容（不超过{MaxText}字）");
        if (r.DueOn is not { Year: >= 2000 and <= 2100 } due)
            throw new DomainException("DueOn", "请填写时间节点的日期（2000年至2100年）");
        if (r.Recurs is { } every && !Enum.IsDefined(every))
            throw new DomainException("Recurs", "重复周期应为每月、每季度、每半年或每年，或不重复");
        var changed = r.MilestoneId is { } id ? Of(task, id) : null;
        return await workflow.StepAsync(plan, r.Version, _ =>
        {
            if (changed is null)
            {
                var added = new TaskMilestone
                {
                    TaskId = task.Id, PlanUnitId = plan.UnitId, Text = text, DueOn = due, Recurs = r.Recurs,
                };
                task.Milestones.Add(added);
                return new(plans.Today, "新增时间节点", $"任务{task.Number}：{Describe(added)}");
            }
            var before = Describe(changed);
            (changed.Text, changed.DueOn, changed.Recurs) = (text, due, r.Recurs);
            return new(plans.Today, "调整时间节点", $"任务{task.Number}：{before} 改为 {Describe(changed)}");
        }, ct);
    }

    public async Task<ImplementationPlan> RemoveAsync(int taskId, RemoveMilestoneRequest r,
        CancellationToken ct = default)
    {
        var (plan, task) = await TaskAsync(taskId, ct);
        var removed = Of(task, r.MilestoneId);
        return await workflow.StepAsync(plan, r.Version, _ =>
        {
            db.TaskMilestones.Remove(removed);
            return new(plans.Today, "删除时间节点", $"任务{task.Number}：{Describe(removed)}");
        }, ct);
    }

    async Task<(ImplementationPlan Plan, PlanTask Task)> TaskAsync(int taskId, CancellationToken ct)
    {
        var task = await db.PlanTasks.Include(t => t.Milestones).FirstOrDefaultAsync(t => t.Id == taskId, ct)
                   ?? throw new KeyNotFoundException("任务不存在或不在您的数据权限范围内");
        return (await db.ImplementationPlans.FirstAsync(p => p.Id == task.PlanId, ct), task);
    }

    static TaskMilestone Of(PlanTask task, int id) => task.Milestones.FirstOrDefault(m => m.Id == id)
        ?? throw new DomainException("MilestoneId", "该时间节点不属于本任务");

    static string Describe(TaskMilestone m) => $"{m.DueOn:yyyy-MM-dd}{PlanLabels.Recurs(m.Recurs)} {m.Text}";
}
