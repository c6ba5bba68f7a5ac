using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Plans;

/// <summary>实施方案 in numbers, over the tasks the scope's units lead in the plans issued by the year's end: how many,
/// how many their latest report of the year puts at 100%, and how many are past a one-time target short of it — as a
/// report says "承担实施方案任务32项，已完成28项".</summary>
public class PlanFigures(FazhiDb db, TimeProvider clock) : SpecFigureSource<TaskAssignment>
{
    public override string Area => "plans";
    public override string AreaLabel => "实施方案";

    protected override IQueryable<TaskAssignment> InScope(FigureScope s)
    {
        var leads = db.TaskAssignments.Where(a => a.Role == UnitRole.Lead && a.UnitId != null);
        return s.WholeTree ? leads : leads.Where(a => s.SubtreeUnitIds.Contains(a.UnitId!.Value));
    }

    // Expression trees cannot read extension properties (db.PlanTasks): the sets are taken into locals first.
    protected override IQueryable<FigureRecordRow> Rows(IQueryable<TaskAssignment> records)
    {
        var (tasks, reports) = (db.PlanTasks, db.ProgressReports);
        return records.OrderBy(a => a.PlanId).ThenBy(a => a.TaskId).Select(a => new FigureRecordRow(
            a.Id, "任务" + tasks.Where(t => t.Id == a.TaskId).Select(t => t.Number).First(),
            tasks.Where(t => t.Id == a.TaskId).Select(t => t.Text).First(), a.Unit!.Name,
            (reports.Where(r => r.AssignmentId == a.Id).OrderByDescending(r => r.Month)
                .ThenByDescending(r => r.Id).Select(r => r.Percent).FirstOrDefault() ?? 0) + "%",
            "/plans/tasks/" + a.TaskId));
    }

    protected override Expression<Func<TaskAssignment, bool>> Window(int year)
    {
        var (end, plans) = (new DateOnly(year, 12, 31), db.ImplementationPlans);
        return a => plans.Any(p => p.Id == a.PlanId && p.IssuedOn <= end);
    }

    protected override IReadOnlyList<FigureSpec<TaskAssignment>> Specs(int year)
    {
        var end = new DateOnly(year, 12, 31);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var cutoff = today < end ? today : end;
        var (reports, milestones) = (db.ProgressReports, db.TaskMilestones);
        // The lead's latest report of the year says the task is done.
        Expression<Func<TaskAssignment, bool>> done = a => reports
            .Where(r => r.AssignmentId == a.Id && r.Month <= end).OrderByDescending(r => r.Month)
            .ThenByDescending(r => r.Id).Select(r => r.Percent).FirstOrDefault() == 100;
        Expression<Func<TaskAssignment, bool>> late = a => milestones
            .Any(m => m.TaskId == a.TaskId && m.Recurs == null && m.DueOn < cutoff);
        var lateAndNotDone = Expression.Lambda<Func<TaskAssignment, bool>>(Expression.AndAlso(
            new Rebind(late.Parameters[0], done.Parameters[0]).Visit(late.Body), Expression.Not(done.Body)),
            done.Parameters);
        return
        [
            new("plans.tasks", "承担实施方案任务", "项", _ => true, null,
                $"{year}年底前印发的实施方案中，由本单位牵头的任务数（一项任务有几个牵头单位，各计一项）"),
            new("plans.tasks_done", "已完成实施方案任务", "项", done, null,
                $"其中牵头单位{year}年最近一次报送的进度为100%的"),
            new("plans.completion_rate", "实施方案任务完成率", "%", done, _ => true,
                "已完成的牵头任务 ÷ 承担的牵头任务"),
            new("plans.tasks_overdue", "实施方案任务逾期未完成", "项", lateAndNotDone, null,
                $"一次性时间节点在{cutoff:yyyy年M月d日}前已届满、最近一次报送进度仍不足100%的牵头任务数"),
        ];
    }

    /// <summary>Puts one lambda's body over another's parameter, so two predicates combine into one.</summary>
    sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
