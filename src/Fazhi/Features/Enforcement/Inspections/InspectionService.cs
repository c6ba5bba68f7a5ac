using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Fazhi.Kernel;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>What a list of plans is narrowed to.</summary>
public sealed record PlanFilter(string? Search = null, int? Year = null);

/// <summary>A plan as its list shows it, with how far its tasks have come.</summary>
public sealed record PlanRow(InspectionPlan Plan, string? Agency, string? Power, int Drawn, int Done, int Published);

/// <summary>How far a plan's tasks have come: inspected, published, published late, past their period
/// unpublished.</summary>
public sealed record PlanProgress(int Drawn, int Done, int Published, int Late, int Overdue);

/// <summary>A page of a plan's tasks, the officers they name by id.</summary>
public sealed record TaskPage(
    List<InspectionTask> Rows, int Total, IReadOnlyDictionary<int, EnforcementOfficer> Officers);

/// <summary>The answer of 复核抽取: whether the draw, re-run from its stored seed and pools, gives the tasks on
/// record.</summary>
public sealed record DrawCheck(InspectionPlan Plan, bool Identical, string Message);

/// <summary>Plans of the caller's scope, their draw and its re-run, and the tasks' results and publication —
/// registration and the draw through the shared case workflow, each task under its own version.</summary>
public class InspectionService(FazhiDb db, CaseWorkflow workflow, DeadlineCalculator calc, TimeProvider clock)
    : IDueSource
{
    public const int PageSize = 20;
    public const string NotFound = "抽查计划不存在或不在您的数据权限范围内";
    const string Stale = "该检查任务已被他人修改，请刷新页面后重试";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public IQueryable<InspectionPlan> Query(PlanFilter f)
    {
        var q = db.InspectionPlans.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(f.Search))
            q = q.Where(p => p.Name.Contains(f.Search) || p.Power!.Name.Contains(f.Search)
                             || p.Unit!.Name.Contains(f.Search));
        if (f.Year is { } y)
        {
            var (from, to) = Years.Span(y);
            q = q.Where(p => p.StartOn >= from && p.StartOn <= to);
        }
        return q.OrderByDescending(p => p.StartOn).ThenByDescending(p => p.Id);
    }

    public async Task<(List<PlanRow> Rows, int Total)> PageAsync(PlanFilter f, int page,
        CancellationToken ct = default)
    {
        var q = Query(f);
        var rows = await q.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .Select(p => new PlanRow(p, p.Unit!.Name, p.Power!.Name, p.Tasks.Count(),
                p.Tasks.Count(t => t.ResultOn != null), p.Tasks.Count(t => t.PublishedOn != null)))
            .ToListAsync(ct);
        return (rows, await q.CountAsync(ct));
    }

    /// <summary>A plan in the caller's scope. Its power is read on its own: it is the agency's, which a caller who
    /// sees the plan may see, and a join on its scope filter must never hide the plan.</summary>
    public async Task<InspectionPlan?> FindAsync(int id, CancellationToken ct = default)
    {
        var p = await db.InspectionPlans.Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (p is null) return null;
        p.Power = await db.EnforcementPowers.IgnoreQueryFilters().FirstAsync(x => x.Id == p.PowerId, ct);
        return p;
    }

    public bool CanWrite(InspectionPlan p) => db.Scope.CanWrite(p.UnitId, p.CreatedById);

    public Task<List<TimelineEntry>> TimelineAsync(int id, CancellationToken ct = default) =>
        workflow.TimelineAsync<InspectionPlan>(id, ct);

    /// <summary>The inspection powers a new plan may exercise: those of the caller's scope.</summary>
    public Task<List<EnforcementPower>> PowersAsync(CancellationToken ct = default) =>
        db.EnforcementPowers.AsNoTracking().Include(p => p.Unit).Where(p => p.Kind == PowerKind.Inspection)
            .OrderBy(p => p.Unit!.Name).ThenBy(p => p.Name).ToListAsync(ct);

    public async Task<PlanProgress> ProgressAsync(int id, CancellationToken ct = default)
    {
        var today = Today;
        return await db.InspectionTasks.Where(t => t.PlanId == id).GroupBy(_ => 1)
            .Select(g => new PlanProgress(g.Count(), g.Count(t => t.ResultOn != null),
                g.Count(t => t.PublishedOn != null), g.Count(t => t.PublishedOn > t.PublicityDue),
                g.Count(t => t.PublishedOn == null && t.PublicityDue < today)))
            .FirstOrDefaultAsync(ct) ?? new PlanProgress(0, 0, 0, 0, 0);
    }

    public async Task<Dictionary<RiskGrade, int>> DrawnByGradeAsync(int id, CancellationToken ct = default) =>
        await db.InspectionTasks.Where(t => t.PlanId == id).GroupBy(t => t.RiskGrade)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>A page of a plan's tasks with their objects and inspectors, read on their own like the power (the
    /// agency's, and never hiding a task).</summary>
    public async Task<TaskPage> TasksAsync(int id, TaskState? state, int page, CancellationToken ct = default)
    {
        var today = Today;
        var q = db.InspectionTasks.Where(t => t.PlanId == id);
        q = state switch
        {
            TaskState.Pending => q.Where(t => t.ResultOn == null),
            TaskState.Unpublished => q.Where(t => t.ResultOn != null && t.PublishedOn == null),
            TaskState.Published => q.Where(t => t.PublishedOn != null),
            TaskState.Overdue => q.Where(t => t.PublishedOn == null && t.PublicityDue < today),
            _ => q,
        };
        var rows = await q.OrderBy(t => t.Id).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        var objects = rows.Select(t => t.ObjectId).ToList();
        var officers = rows.SelectMany(t => t.InspectorIds).Distinct().ToList();
        // Loaded into the context, they are fixed up as the tasks' objects.
        await db.InspectionObjects.IgnoreQueryFilters().Where(o => objects.Contains(o.Id)).LoadAsync(ct);
        return new TaskPage(rows, await q.CountAsync(ct), await OfficersAsync(officers, ct));
    }

    /// <summary>The officers tasks name, by id: the agency's, shown to whoever sees its tasks.</summary>
    public async Task<IReadOnlyDictionary<int, EnforcementOfficer>> OfficersAsync(IReadOnlyCollection<int> ids,
        CancellationToken ct = default) =>
        await db.EnforcementOfficers.IgnoreQueryFilters().AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);

    public async Task<InspectionPlan> RegisterAsync(RegisterPlanRequest r, CancellationToken ct = default)
    {
        var p = r.ToPlan();
        // A power outside the caller's scope is not found at all, so another agency's list is not revealed.
        var power = await db.EnforcementPowers.FirstOrDefaultAsync(x => x.Id == p.PowerId, ct)
                    ?? throw new DomainException(nameof(p.PowerId), InspectionRules.PickPower);
        if (!db.Scope.CanRegisterFor(power.UnitId))
            throw new DomainException(nameof(p.UnitId),
                "无权为该单位登记抽查计划（超出数据权限范围）");
        InspectionRules.ValidatePlan(p, power);
        if (await db.InspectionPlans.IgnoreQueryFilters().AnyAsync(x => x.UnitId == p.UnitId && x.Name == p.Name, ct))
            throw new DomainException(nameof(p.Name), $"本单位已有抽查计划“{p.Name}”");
        return await workflow.RegisterAsync(p, InspectionSteps.Registered(p, Today, power.Name), ct);
    }

    /// <summary>Draws the plan once: the agency's pools read as ids, the draw run in memory, its tasks and their
    /// inspectors written by the bulk path in the same transaction as the plan's step.</summary>
    public async Task<InspectionPlan> DrawAsync(int id, DrawRequest r, CancellationToken ct = default)
    {
        var plan = await WritableAsync(id, ct);
        var today = Today;
        InspectionRules.EnsureDrawable(plan, today);
        var pool = await PoolAsync(plan.UnitId, today, ct);
        var seed = InspectionDraw.NewSeed();
        var drawn = await DrawOrExplainAsync(pool, plan, seed, today, ct);
        var content = pool.Encode();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await workflow.StepAsync(plan, r.Version, p =>
        {
            InspectionRules.RecordDraw(p, today, seed, pool, content, drawn);
            return InspectionSteps.Drawn(p, drawn.Count);
        }, ct);
        // The plan's audited step holds the seed, the pools' hash and the result's hash: it vouches for the tasks.
        await BulkWriter.InsertDerivedAsync(db, InspectionRules.Tasks(plan, drawn), ct);
        await tx.CommitAsync(ct);
        return plan;
    }

    /// <summary>The draw, with a shortage of officers explained by the object's name.</summary>
    async Task<IReadOnlyList<DrawnTask>> DrawOrExplainAsync(DrawPool pool, InspectionPlan plan, ulong seed,
        DateOnly on, CancellationToken ct)
    {
        IReadOnlyList<DrawnTask> drawn;
        try { drawn = InspectionDraw.Draw(pool, plan, seed); }
        catch (InspectorShortage e)
        {
            var name = await db.InspectionObjects.IgnoreQueryFilters().Where(o => o.Id == e.ObjectId)
                .Select(o => o.Name).FirstAsync(ct);
            throw new DomainException(e.Field, $"检查对象“{name}”可选派的执法人员不足：" +
                $"本单位{on:yyyy-MM-dd}持有效执法证的执法人员{pool.OfficerIds.Length}名，" +
                $"除去回避的只有{e.Available}名，每个对象需要{e.Needed}名；" +
                "请补充执法人员或减少每个对象的人数");
        }
        return drawn.Count > 0 ? drawn : throw new DomainException(nameof(plan.RatioA),
            "按本计划的抽查比例，名录库中没有可抽取的检查对象");
    }

    /// <summary>The agency's whole registry, its officers certified on the day (OfficerRules.CertifiedOn) and
    /// its recusals — whoever draws, so the pools never depend on the caller's scope.</summary>
    async Task<DrawPool> PoolAsync(int unitId, DateOnly on, CancellationToken ct)
    {
        var (objectIds, grades) = await RegistryAsync(unitId, ct);
        var officerIds = await db.EnforcementOfficers.IgnoreQueryFilters().Where(o => o.UnitId == unitId)
            .Where(OfficerRules.CertifiedOn(on)).Select(o => o.Id).ToArrayAsync(ct);
        var recusals = await db.InspectionRecusals.IgnoreQueryFilters().AsNoTracking().Where(r => r.UnitId == unitId)
            .Select(r => new { r.OfficerId, r.ObjectId }).ToListAsync(ct);
        return new DrawPool(objectIds, grades, officerIds, recusals.Select(r => (r.OfficerId, r.ObjectId)).ToArray());
    }

    /// <summary>The registry's ids and grades, read by the data reader itself: a province's million objects come in
    /// a third of the time that materialising them through the context takes.</summary>
    async Task<(int[] Ids, RiskGrade[] Grades)> RegistryAsync(int unitId, CancellationToken ct)
    {
        var (ids, grades) = (new List<int>(), new List<RiskGrade>());
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            cmd.CommandText = """SELECT "Id", "RiskGrade" FROM "InspectionObjects" WHERE "UnitId" = @unit""";
            var unit = cmd.CreateParameter();
            (unit.ParameterName, unit.Value) = ("@unit", unitId);
            cmd.Parameters.Add(unit);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetInt32(0));
                grades.Add((RiskGrade)reader.GetInt32(1));
            }
        }
        finally { await db.Database.CloseConnectionAsync(); }
        return (ids.ToArray(), grades.ToArray());
    }

    /// <summary>复核抽取: runs the draw again from the stored seed and pools (not the registry as it is now) and
    /// compares it with the tasks on record.</summary>
    public async Task<DrawCheck> VerifyAsync(int id, CancellationToken ct = default)
    {
        var plan = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        DrawCheck Failed(string why) => new(plan, false, why);
        if (plan is not { DrawnOn: not null, Seed: { } seed }) return Failed("本计划尚未抽取");
        var content = await db.InspectionPools.Where(p => p.Id == id).Select(p => p.Content).FirstOrDefaultAsync(ct);
        if (content is null) return Failed("抽取时的对象库和执法人员库记录缺失，无法复核");
        if (DrawPool.Sha256(content) != plan.PoolSha256)
            return Failed("抽取时的对象库和执法人员库记录与登记的校验值不符，已被改动");
        IReadOnlyList<DrawnTask> again;
        try { again = InspectionDraw.Draw(DrawPool.Decode(content), plan, unchecked((ulong)seed)); }
        catch (Exception e) when (e is InvalidDataException or DomainException)
        {
            return Failed($"按记录重新抽取未能完成：{e.Message}");
        }
        var stored = (await db.InspectionTasks.IgnoreQueryFilters().Where(t => t.PlanId == id)
                .Select(t => new { t.ObjectId, t.RiskGrade, t.InspectorIds }).ToListAsync(ct))
            .Select(t => new DrawnTask(t.ObjectId, t.RiskGrade, t.InspectorIds)).ToList();
        var identical = InspectionDraw.Same(again, stored);
        var basis = $"以随机种子{InspectionLabels.Seed(seed)}对抽取时的" +
            $"{plan.ObjectsInPool}个检查对象、{plan.OfficersInPool}名执法人员重新抽取";
        if (identical) return new DrawCheck(plan, true, $"复核一致：{basis}，所抽对象和选派人员与登记的{stored.Count}项任务完全相同");
        var since = plan.ResultSha256 is null ? "抽取时未登记结果校验值"
            : InspectionDraw.Sha256(stored) == plan.ResultSha256 ? "登记的任务与抽取时的校验值相符，是重新抽取的结果不同"
            : "登记的任务与抽取时的校验值不符，抽取后已被改动";
        return new DrawCheck(plan, false,
            $"复核不一致：{basis}，得到{again.Count}项任务，与登记的{stored.Count}项任务不同；{since}");
    }

    public async Task<InspectionTask> RecordResultAsync(int id, TaskResultRequest r, CancellationToken ct = default)
    {
        var plan = await WritableAsync(id, ct);
        var task = await db.InspectionTasks.FirstOrDefaultAsync(t => t.Id == r.TaskId && t.PlanId == plan.Id, ct)
                   ?? throw new DomainException(nameof(r.TaskId), "本计划没有该检查任务");
        if (task.Version != r.Version) throw new DbUpdateConcurrencyException(Stale);
        InspectionRules.RecordResult(task, r.Result, r.On, r.Note, Today, calc);
        await db.SaveChangesAsync(ct);
        task.Object = await db.InspectionObjects.IgnoreQueryFilters().FirstAsync(o => o.Id == task.ObjectId, ct);
        return task;
    }

    /// <summary>Publishes results together (one notice on the 公示系统); a task that may not be published
    /// stops them all, named.</summary>
    public async Task<int> PublishAsync(int id, ResultPublicationRequest r, CancellationToken ct = default)
    {
        var plan = await WritableAsync(id, ct);
        var ids = (r.TaskIds ?? []).Distinct().ToArray();
        if (ids.Length == 0) throw new DomainException(nameof(r.TaskIds), "请选择要公示的检查结果");
        var tasks = await db.InspectionTasks.Where(t => t.PlanId == plan.Id && ids.Contains(t.Id)).ToListAsync(ct);
        if (tasks.Count != ids.Length)
            throw new DomainException(nameof(r.TaskIds), "所选检查任务不属于本计划");
        var objects = tasks.Select(t => t.ObjectId).ToList();
        var names = await db.InspectionObjects.IgnoreQueryFilters().Where(o => objects.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = Today;
        foreach (var t in tasks)
            try { InspectionRules.Publish(t, r.On, r.Url, today); }
            catch (DomainException e) { throw new DomainException(e.Field, $"{names[t.ObjectId]}：{e.Message}"); }
        await db.SaveChangesAsync(ct);
        return tasks.Count;
    }

    /// <summary>The agency's periods due soon or late: objects drawn and still not inspected as the plan's period
    /// ends, and results unpublished 20 working days after the inspection. One line per plan and inspection day, as
    /// one notice publishes a day's results; the store returns only the unpublished tasks whose period can end
    /// within the window, counted by plan and day.</summary>
    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var endsBy = today.AddDays(TrackedDeadline.DueSoonDays);
        // 20 working days span at least 20 calendar days: a later result cannot be due within the window.
        var inspectedBy = today.AddDays(TrackedDeadline.DueSoonDays - InspectionRules.PublicityRule.Length);
        var pending = await (
            from t in db.InspectionTasks
            join p in db.InspectionPlans on t.PlanId equals p.Id
            where t.PublishedOn == null && ((t.ResultOn == null && p.EndOn <= endsBy) || t.ResultOn <= inspectedBy)
            group t by new { t.PlanId, p.Name, Unit = p.Unit!.Name, p.StartOn, p.EndOn, t.ResultOn } into g
            select new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var due = new List<DueEntry>();
        foreach (var (g, count) in pending.Select(x => (x.Key, x.Count)))
        {
            var (deadline, subject, tasks) = g.ResultOn is { } day
                ? (InspectionRules.Publicity(day, calc), $"{day:yyyy-MM-dd}检查的{count}户，检查结果未公示",
                    TaskState.Unpublished)
                : (InspectionRules.InspectionPeriod(g.StartOn, g.EndOn), $"抽取的{count}户尚未登记检查结果",
                    TaskState.Pending);
            var state = deadline.StateOn(today);
            if (state is DeadlineState.DueSoon or DeadlineState.Overdue)
                due.Add(new DueEntry("双随机抽查", g.Name, subject, g.Unit, deadline, state,
                    $"/enforcement/inspections/{g.PlanId}?state={tasks}"));
        }
        return due;
    }

    /// <summary>The plan, found in the caller's scope before anything sent is looked at, and writable by
    /// them.</summary>
    async Task<InspectionPlan> WritableAsync(int id, CancellationToken ct)
    {
        var plan = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        return CanWrite(plan) ? plan
            : throw new DomainException(nameof(plan.UnitId), "本计划不在您的办理范围内，您只能查看");
    }
}
