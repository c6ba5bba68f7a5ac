using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans;

/// <summary>The tasks a unit was given and its monthly progress reports on them. A unit sees a task through its
/// assignment even where the plan belongs to the government above it.</summary>
public sealed class ProgressService(FazhiDb db, CaseWorkflow workflow, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>A task and what the caller may see of it: the task is shown when the caller sees its plan or one of
    /// its assignments; reports are those in the caller's scope.</summary>
    public async Task<TaskView?> TaskAsync(int taskId, CancellationToken ct = default)
    {
        var ownAssignments = await db.TaskAssignments.AsNoTracking().Include(a => a.Unit)
            .Where(a => a.TaskId == taskId).ToListAsync(ct);
        if (ownAssignments.Count == 0 && !await db.PlanTasks.AnyAsync(t => t.Id == taskId, ct)) return null;
        // Read past the plan's scope only for a task the caller was just shown to see.
        var task = await db.PlanTasks.IgnoreQueryFilters().AsNoTracking()
            .Include(t => t.Assignments).ThenInclude(a => a.Unit).Include(t => t.Milestones)
            .FirstAsync(t => t.Id == taskId, ct);
        var plan = await db.ImplementationPlans.IgnoreQueryFilters().AsNoTracking().Include(p => p.Unit)
            .FirstAsync(p => p.Id == task.PlanId, ct);
        var reports = await db.ProgressReports.AsNoTracking().Include(r => r.Unit).Where(r => r.TaskId == taskId)
            .OrderByDescending(r => r.Month).ThenByDescending(r => r.Id).ToListAsync(ct);
        var writable = ownAssignments.Where(a => a.UnitId is { } u && db.Scope.CanWrite(u, null))
            .Select(a => a.Id).ToHashSet();
        return new TaskView(plan, task, reports, writable);
    }

    /// <summary>The tasks given to the caller's own unit, with their plans' titles.</summary>
    public async Task<List<TaskView>> OwnTasksAsync(CancellationToken ct = default)
    {
        if (db.Scope.HomeUnitId is not { } home) return [];
        var taskIds = await db.TaskAssignments.Where(a => a.UnitId == home).Select(a => a.TaskId).Distinct()
            .ToListAsync(ct);
        var views = new List<TaskView>();
        foreach (var id in taskIds.Order())
            if (await TaskAsync(id, ct) is { } view) views.Add(view);
        return views;
    }

    /// <summary>Records a unit's report for a month (yyyy-MM); a second report of the month corrects the first. The
    /// lead states how far the task is; a participant may.</summary>
    public async Task<ProgressReport> ReportAsync(int assignmentId, ReportProgressRequest r,
        (string Name, string ContentType, Stream Content)? evidence, CancellationToken ct = default)
    {
        var report = await StageAsync(assignmentId, r, evidence, ct);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>The report checked and added with its timeline entry, not yet saved: the demo saves a year of
    /// reports at once.</summary>
    public async Task<ProgressReport> StageAsync(int assignmentId, ReportProgressRequest r,
        (string Name, string ContentType, Stream Content)? evidence, CancellationToken ct = default)
    {
        var a = await db.TaskAssignments.FirstOrDefaultAsync(x => x.Id == assignmentId, ct)
                ?? throw new KeyNotFoundException("任务不存在或不在您的数据权限范围内");
        if (a.UnitId is not { } unitId)
            throw new DomainException("Unit", $"“{a.NameAsWritten}”尚待确认为具体单位，确认后方可报送");
        if (!db.Scope.CanWrite(unitId, null)) throw new DomainException("Unit", "该任务单位不在您的报送范围内");
        var month = ParseMonth(r.Month);
        var task = await db.PlanTasks.IgnoreQueryFilters().FirstAsync(t => t.Id == a.TaskId, ct);
        var plan = await db.ImplementationPlans.IgnoreQueryFilters().FirstAsync(p => p.Id == task.PlanId, ct);
        if (month < new DateOnly(plan.IssuedOn.Year, plan.IssuedOn.Month, 1))
            throw new DomainException("Month", $"方案印发于{plan.IssuedOn:yyyy年M月d日}，不能报送此前月份的进展");
        var text = (r.Text ?? "").Trim();
        if (text.Length is 0 or > 4000) throw new DomainException("Text", "请填写工作进展（4000字以内）");
        if (r.Percent is < 0 or > 100) throw new DomainException("Percent", "完成进度应为0至100之间的整数");
        if (a.Role == UnitRole.Lead && r.Percent is null)
            throw new DomainException("Percent", "牵头单位报送进展时应填写完成进度");
        var report = await db.ProgressReports.Include(x => x.Evidence)
            .FirstOrDefaultAsync(x => x.AssignmentId == a.Id && x.Month == month, ct);
        var corrected = report is not null;
        report ??= db.ProgressReports.Add(new ProgressReport
        {
            AssignmentId = a.Id, TaskId = a.TaskId, PlanId = a.PlanId, UnitId = unitId, PlanUnitId = a.PlanUnitId,
            Month = month,
        }).Entity;
        (report.Text, report.Percent, report.ReportedOn, report.ReportedBy) = (text, r.Percent, Today, db.Scope.Actor);
        if (evidence is { } f) await AttachAsync(report, f, ct);
        var unit = await db.Units.FirstAsync(u => u.Id == unitId, ct);
        db.Timeline.Add(workflow.Entry<ImplementationPlan>(plan.Id, new(Today, corrected ? "更正进展" : "报送进展",
            $"{unit.Name}{(corrected ? "更正" : "报送")}任务{task.Number}{month:yyyy年M月}进展" +
                (r.Percent is { } p ? $"（完成{p}%）" : ""))));
        return report;
    }

    static async Task AttachAsync(ProgressReport report, (string Name, string ContentType, Stream Content) f,
        CancellationToken ct)
    {
        var file = await EvidenceFile.ReadAsync(f, PlanService.MaxEvidenceBytes, ct);
        (report.EvidenceName, report.EvidenceType, report.EvidenceSize, report.EvidenceSha256) =
            (file.Name, file.ContentType, file.Content.Length, file.Sha256);
        if (report.Evidence is { } kept) kept.Content = file.Content;
        else report.Evidence = new ProgressEvidence { Content = file.Content };
    }

    DateOnly ParseMonth(string? month)
    {
        if (!DateOnly.TryParseExact((month ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var first))
            throw new DomainException("Month", "报送月份应写作如2026-11");
        if (first > Today) throw new DomainException("Month", "不能报送未来月份的进展");
        return first;
    }

    /// <summary>A report's evidence, when the report is in the caller's scope.</summary>
    public Task<ProgressReport?> EvidenceAsync(int reportId, CancellationToken ct = default) =>
        db.ProgressReports.AsNoTracking().Include(r => r.Evidence)
            .FirstOrDefaultAsync(r => r.Id == reportId && r.Evidence != null, ct);
}

/// <summary>A task as a page shows it: its plan, its units and targets, the reports the caller sees, and which of
/// its assignments the caller may report on.</summary>
public sealed record TaskView(ImplementationPlan Plan, PlanTask Task, List<ProgressReport> Reports,
    IReadOnlySet<int> Reportable)
{
    /// <summary>How far the task is by its lead units' latest reports: the lowest of them, as the slowest lead holds
    /// the task back; null before any lead reported.</summary>
    public int? Percent => Task.Assignments.Where(a => a.Role == UnitRole.Lead)
        .Select(a => Reports.Where(r => r.AssignmentId == a.Id).MaxBy(r => r.Month)?.Percent).Min();
}
