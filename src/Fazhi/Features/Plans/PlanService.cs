using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans;

/// <summary>Plans read from documents and created with their tasks, names resolved to units, and the units'
/// monthly progress reports: in the caller's scope, through the shared case workflow.</summary>
public sealed class PlanService(FazhiDb db, CaseWorkflow workflow, TimeProvider clock)
{
    /// <summary>A plan's text runs to tens of thousands of characters; anything far larger is not one.</summary>
    public const int MaxTextLength = 500_000;
    public const long MaxEvidenceBytes = 20_000_000, MaxFileBytes = 20_000_000;
    public const string NotFound = "实施方案不存在或不在您的数据权限范围内";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>A plan file's text (.txt, .html, .docx, .pdf, .xlsx), bounded; a file that cannot be read is the
    /// uploader's error.</summary>
    public static async Task<string> TextOfAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        var bytes = await BoundedUpload.ReadAsync(content, MaxFileBytes, ct);
        try { return PlanDocument.Read(bytes, fileName); }
        catch (UnreadablePlanException e) { throw new DomainException("File", e.Message); }
    }

    /// <summary>Reads a plan for a unit the caller may register for, matching its names to the units below the
    /// unit's government. Nothing is saved.</summary>
    public async Task<PlanPreview> PreviewAsync(string text, int unitId, CancellationToken ct = default)
    {
        if (text.Length > MaxTextLength)
            throw new DomainException("File", $"文本超过{MaxTextLength:N0}字，不像一份实施方案");
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !db.Scope.CanRegisterFor(unitId))
            throw new DomainException("UnitId", "该单位不存在或不在您的数据权限范围内");
        var plan = PlanParser.Parse(text);
        if (plan.Tasks.Count == 0)
            throw new DomainException("File", "未在文件中识别出任务：任务之后应有“牵头单位：…”“参加单位：…”或" +
                "“责任单位：…”，或为含“牵头单位”列的任务表");
        var government = await GovernmentOfAsync(unit, ct);
        var below = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(government.Path)).ToListAsync(ct);
        var matcher = new UnitMatcher(government, below);
        var names = plan.Tasks.SelectMany(t => t.Lead.Concat(t.Participants)).Distinct()
            .ToDictionary(n => n, matcher.Match);
        return new PlanPreview(unit, government, plan, names);
    }

    /// <summary>The unit's nearest government, itself included: its tree is where the plan's units are.</summary>
    async Task<Unit> GovernmentOfAsync(Unit unit, CancellationToken ct)
    {
        var ids = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        var line = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        return line.Where(u => u.Kind == UnitKind.Government).MaxBy(u => u.Path.Length) ?? unit;
    }

    /// <summary>Creates the previewed plan: every task with its targets, every name as an assignment — matched,
    /// resolved by the choices given (name → unit), or pending for a person to resolve on the plan's page.</summary>
    public async Task<ImplementationPlan> CreateAsync(PlanPreview preview, IReadOnlyDictionary<string, int> choices,
        CancellationToken ct = default)
    {
        var allowed = preview.Names.Values.SelectMany(m => m.Units).Select(u => u.Id).ToHashSet();
        foreach (var (name, unitId) in choices)
            if (!preview.Names.ContainsKey(name) || !await InTreeAsync(preview.Government, unitId, ct))
                throw new DomainException("Choices", $"“{name}”所选单位不在{preview.Government.Name}的单位树中");
        var plan = new ImplementationPlan
        {
            UnitId = preview.Owner.Id, Title = preview.Plan.Title, DocumentNumber = preview.Plan.DocumentNumber,
            IssuedOn = preview.Plan.Issued,
        };
        var ordinal = 0;
        foreach (var t in preview.Plan.Tasks)
        {
            var task = new PlanTask { PlanUnitId = plan.UnitId, Ordinal = ++ordinal, Number = t.Number, Text = t.Text };
            task.Assignments.AddRange(Assign(UnitRole.Lead, t.Lead).Concat(Assign(UnitRole.Participant, t.Participants))
                .DistinctBy(a => (a.Role, a.UnitId, a.UnitId is null ? a.NameAsWritten : "")));
            task.Milestones.AddRange(t.Targets.Select(g => new TaskMilestone
            {
                PlanUnitId = plan.UnitId, Text = g.Text, DueOn = g.Due, Recurs = g.Recurs,
            }));
            plan.Tasks.Add(task);
            plan.Assignments.AddRange(task.Assignments);
        }
        var pending = plan.Tasks.SelectMany(t => t.Assignments).Where(a => a.Match == NameMatch.Pending)
            .Select(a => a.NameAsWritten).Distinct().Count();
        return await workflow.RegisterAsync(plan, new(Today, "导入",
            $"导入实施方案“{plan.Title}”：{plan.Tasks.Count}项任务" +
                (pending > 0 ? $"，{pending}个单位名称待确认" : "")), ct);

        IEnumerable<TaskAssignment> Assign(UnitRole role, IEnumerable<string> names) => names.SelectMany(name =>
        {
            var m = preview.Names[name];
            TaskAssignment Row(int? unitId, NameMatch match) => new()
            {
                PlanUnitId = plan.UnitId, Role = role, NameAsWritten = name, UnitId = unitId, Match = match,
            };
            if (choices.TryGetValue(name, out var chosen)) return [Row(chosen, NameMatch.Resolved)];
            return m.Kind switch
            {
                NameMatchKind.Matched or NameMatchKind.Group => m.Units.Select(u => Row(u.Id, NameMatch.Matched)),
                NameMatchKind.General => [Row(null, NameMatch.General)],
                _ => [Row(null, NameMatch.Pending)],
            };
        });
    }

    Task<bool> InTreeAsync(Unit government, int unitId, CancellationToken ct) =>
        db.Units.AnyAsync(u => u.Id == unitId && u.Path.StartsWith(government.Path), ct);

    public Task<List<PlanSummary>> PlansAsync(CancellationToken ct = default) =>
        db.ImplementationPlans.AsNoTracking().OrderByDescending(p => p.IssuedOn).ThenByDescending(p => p.Id)
            .Select(p => new PlanSummary(p.Id, p.Title, p.DocumentNumber, p.IssuedOn, p.Unit!.Name,
                db.Set<PlanTask>().Count(t => t.PlanId == p.Id),
                db.Set<TaskAssignment>().Where(a => a.PlanId == p.Id && a.Match == NameMatch.Pending)
                    .Select(a => a.NameAsWritten).Distinct().Count()))
            .ToListAsync(ct);

    public Task<ImplementationPlan?> FindAsync(int id, CancellationToken ct = default) =>
        db.ImplementationPlans.Include(p => p.Unit)
            .Include(p => p.Tasks.OrderBy(t => t.Ordinal)).ThenInclude(t => t.Assignments).ThenInclude(a => a.Unit)
            .Include(p => p.Tasks.OrderBy(t => t.Ordinal)).ThenInclude(t => t.Milestones)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The reports of a plan the caller sees, newest month first (no evidence bytes).</summary>
    public Task<List<ProgressReport>> ReportsOfPlanAsync(int planId, CancellationToken ct = default) =>
        db.ProgressReports.AsNoTracking().Include(r => r.Unit).Where(r => r.PlanId == planId)
            .OrderByDescending(r => r.Month).ThenByDescending(r => r.Id).ToListAsync(ct);

    public bool CanWrite(ImplementationPlan plan) => db.Scope.CanWrite(plan.UnitId, plan.CreatedById);

    /// <summary>The units a plan's names may be resolved to: the tree of its government, from the top.</summary>
    public async Task<List<Unit>> TreeAsync(ImplementationPlan plan, CancellationToken ct = default) =>
        await TreeAsync(await GovernmentOfAsync(plan.Unit ?? await db.Units.FirstAsync(u => u.Id == plan.UnitId, ct),
            ct), ct);

    public Task<List<Unit>> TreeAsync(Unit government, CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.Path.StartsWith(government.Path)).OrderBy(u => u.Path.Length)
            .ThenBy(u => u.SortOrder).ToListAsync(ct);

    /// <summary>Gives every pending row of a name the unit a person chose for it.</summary>
    public async Task<ImplementationPlan> ResolveAsync(int planId, ResolveNameRequest r, CancellationToken ct = default)
    {
        var plan = await db.ImplementationPlans.Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == planId, ct)
                   ?? throw new KeyNotFoundException(NotFound);
        var government = await GovernmentOfAsync(plan.Unit!, ct);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == r.UnitId && u.Path.StartsWith(government.Path), ct)
                   ?? throw new DomainException("UnitId", $"所选单位不在{government.Name}的单位树中");
        var rows = await db.TaskAssignments
            .Where(a => a.PlanId == planId && a.Match == NameMatch.Pending && a.NameAsWritten == r.Name)
            .ToListAsync(ct);
        if (rows.Count == 0) throw new DomainException("Name", $"“{r.Name}”没有待确认的任务单位");
        var taskIds = rows.Select(a => a.TaskId).ToList();
        // A task that already gives the unit the same role (through another name, or a group) keeps that one row.
        var held = (await db.TaskAssignments.Where(a => taskIds.Contains(a.TaskId) && a.UnitId == unit.Id)
            .Select(a => new { a.TaskId, a.Role }).ToListAsync(ct)).Select(a => (a.TaskId, a.Role)).ToHashSet();
        return await workflow.StepAsync(plan, r.Version, _ =>
        {
            foreach (var row in rows)
                if (held.Contains((row.TaskId, row.Role))) db.TaskAssignments.Remove(row);
                else (row.UnitId, row.Match) = (unit.Id, NameMatch.Resolved);
            return new(Today, "确认单位", $"“{r.Name}”确认为{unit.Name}（{rows.Count}项任务）");
        }, ct);
    }
}

/// <summary>A line of the plans list.</summary>
public sealed record PlanSummary(int Id, string Title, string? DocumentNumber, DateOnly IssuedOn, string Unit,
    int Tasks, int PendingNames);
