using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Notifications;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans.Supervision;

/// <summary>督办: notices issued for tasks behind and reports missing, once per cause (a unique key makes a second
/// node's attempt a no-op), escalated when left open, and answered step by step through the case workflow.</summary>
public sealed class SupervisionService(FazhiDb db, CaseWorkflow workflow, PlanService plans,
    DeadlineCalculator calc, Notifier notifier, IOptions<SupervisionOptions> options, TimeProvider clock)
    : IDueSource
{
    public const string NotFound = "督办单不存在或不在您的数据权限范围内";
    SupervisionOptions Cycle => options.Value.Problem() is { } problem
        ? throw new InvalidOperationException(problem) : options.Value;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Issues a notice for every new cause in the plans the caller may write (one plan, or all), reminds
    /// lead units of targets a week ahead, and raises open notices past their escalation day; each message is sent
    /// once per subject. Returns how many notices were issued and raised.</summary>
    public async Task<(int Issued, int Escalated)> SuperviseAsync(int? planId = null, CancellationToken ct = default)
    {
        var issued = 0;
        var planIds = await db.ImplementationPlans.Where(p => planId == null || p.Id == planId)
            .Select(p => new { p.Id, p.UnitId, p.CreatedById }).ToListAsync(ct);
        if (planId is not null && planIds.Count == 0) throw new KeyNotFoundException(PlanService.NotFound);
        if (planId is not null && !db.Scope.CanWrite(planIds[0].UnitId, planIds[0].CreatedById))
            throw new DomainException("plan", "本方案不在您的办理范围内，不能下达督办");
        foreach (var p in planIds.Where(p => db.Scope.CanWrite(p.UnitId, p.CreatedById)))
        {
            var plan = (await plans.FindAsync(p.Id, ct))!;
            var reports = await plans.ReportsOfPlanAsync(p.Id, ct);
            var known = (await db.SupervisionNotices.Where(n => n.PlanId == p.Id)
                .Select(n => new { n.AssignmentId, n.Cause }).ToListAsync(ct)).Select(n => (n.AssignmentId, n.Cause))
                .ToHashSet();
            foreach (var cause in SupervisionRules.Causes(plan, reports, Today, Cycle.ReportDay)
                         .Where(c => !known.Contains((c.Lead.Id, c.Key))))
                if (await IssueAsync(plan, cause, ct)) issued++;
            foreach (var (lead, task, target, due) in SupervisionRules.Upcoming(plan, reports, Today))
                await notifier.NotifyUnitAsync(lead.UnitId!.Value, $"target:{target.Id}:{due:yyyyMMdd}",
                    $"任务{task.Number}的时间节点将至", $"{PlanLabels.Excerpt(task.Text, 40)}：{target.Text}，" +
                    $"时间节点{due:yyyy年M月d日}。", $"/plans/tasks/{task.Id}", ct);
        }
        return (issued, await EscalateAsync(planId, ct));
    }

    /// <summary>Supervises every plan in scope and says what it did, as the CLI and the scheduled job report it.
    /// </summary>
    public async Task<string> SuperviseAndSayAsync(CancellationToken ct = default)
    {
        var (issued, escalated) = await SuperviseAsync(ct: ct);
        return $"下达督办单{issued}份，升级{escalated}份";
    }

    async Task<bool> IssueAsync(ImplementationPlan plan, SupervisionRules.Cause cause, CancellationToken ct)
    {
        var cycle = Cycle;
        var year = Today.Year;
        var prefix = $"督办〔{year}〕";
        var count = await db.SupervisionNotices.IgnoreQueryFilters()
            .CountAsync(n => n.IssuerUnitId == plan.UnitId && n.Number.StartsWith(prefix), ct);
        var notice = new SupervisionNotice
        {
            Number = $"{prefix}{count + 1}号", UnitId = cause.Lead.UnitId!.Value, IssuerUnitId = plan.UnitId,
            PlanId = plan.Id, TaskId = cause.Task.Id, AssignmentId = cause.Lead.Id, Reason = cause.Reason,
            Cause = cause.Key, Subject = $"任务{cause.Task.Number}：{PlanLabels.Excerpt(cause.Task.Text, 40)}",
            Detail = cause.Detail, IssuedOn = Today, AcknowledgeDays = cycle.AcknowledgeDays,
            ReplyDays = cycle.ReplyDays, ResolveDays = cycle.ResolveDays, EscalateDays = cycle.EscalateDays,
        };
        try
        {
            await workflow.RegisterAsync(notice, new(Today, "下达督办",
                $"向{cause.Lead.Unit?.Name}下达{notice.Number}：{cause.Detail}"), ct);
            var (sign, reply) = (Deadlines(notice)[0].Due, Deadlines(notice)[1].Due);
            await notifier.NotifyUnitAsync(notice.UnitId, $"supervision:{notice.Id}", $"督办单{notice.Number}",
                $"{notice.Subject}。{notice.Detail}。请于{sign:M月d日}前签收、{reply:M月d日}前反馈。",
                $"/plans/supervision/{notice.Id}", ct);
            return true;
        }
        // Another node issued the same cause (or took the number) first: the cause is noticed once.
        catch (DbUpdateException e) when (StoreErrors.IsDuplicate(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    async Task<int> EscalateAsync(int? planId, CancellationToken ct)
    {
        var max = Cycle.MaxLevel;
        var open = await db.SupervisionNotices.Include(n => n.Unit)
            .Where(n => n.ResolvedOn == null && n.Level < max && (planId == null || n.PlanId == planId))
            .ToListAsync(ct);
        var escalated = 0;
        foreach (var n in open.Where(n => db.Scope.CanWrite(n.IssuerUnitId, null)
                     && SupervisionDeadlines.EscalatesOn(n, calc) < Today))
        {
            await workflow.StepAsync(n, n.Version, x =>
            {
                x.Level++;
                x.EscalatedOn = Today;
                return new(Today, "升级督办", $"逾期未办结，升级为{SupervisionNotice.LevelName(x.Level)}，" +
                    "反馈和办结期限自今日重新起算");
            }, ct);
            await notifier.NotifyUnitAsync(n.UnitId, $"supervision:{n.Id}:level{n.Level}",
                $"{n.Number}已升级为{SupervisionNotice.LevelName(n.Level)}",
                $"{n.Subject}逾期未办结，请于{Deadlines(n)[2].Due:M月d日}前办结。", $"/plans/supervision/{n.Id}", ct);
            escalated++;
        }
        return escalated;
    }

    public Task<List<SupervisionNotice>> ListAsync(bool openOnly, CancellationToken ct = default) =>
        db.SupervisionNotices.AsNoTracking().Include(n => n.Unit).Include(n => n.IssuerUnit)
            .Where(n => !openOnly || n.ResolvedOn == null)
            .OrderByDescending(n => n.IssuedOn).ThenByDescending(n => n.Id).ToListAsync(ct);

    public Task<SupervisionNotice?> FindAsync(int id, CancellationToken ct = default) =>
        db.SupervisionNotices.Include(n => n.Unit).Include(n => n.IssuerUnit).FirstOrDefaultAsync(n => n.Id == id, ct);

    public List<TrackedDeadline> Deadlines(SupervisionNotice n) => SupervisionDeadlines.For(n, calc);

    public DateOnly? EscalatesOn(SupervisionNotice n) =>
        n.ResolvedOn is null && n.Level < Cycle.MaxLevel ? SupervisionDeadlines.EscalatesOn(n, calc) : null;

    public bool CanAnswer(SupervisionNotice n) => n.ResolvedOn is null && db.Scope.CanWrite(n.UnitId, null);

    public bool CanResolve(SupervisionNotice n) => n.ResolvedOn is null && db.Scope.CanWrite(n.IssuerUnitId, null);

    public Task<SupervisionNotice> AcknowledgeAsync(int id, NoticeStepRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, n =>
        {
            if (n.AcknowledgedOn is not null) throw new DomainException("Version", "该督办单已签收");
            n.AcknowledgedOn = Today;
            return new(Today, "签收", $"{n.Unit?.Name}签收督办单");
        }, ct);

    public Task<SupervisionNotice> ReplyAsync(int id, NoticeStepRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, n =>
        {
            var text = Required(r.Text, "请填写反馈的整改落实情况");
            n.AcknowledgedOn ??= Today;
            (n.RepliedOn, n.ReplyText) = (Today, text);
            return new(Today, "反馈", $"{n.Unit?.Name}反馈：{text}");
        }, ct);

    /// <summary>办结 is the issuer's: after the unit's reply, with the issuer's finding.</summary>
    public async Task<SupervisionNotice> ResolveAsync(int id, NoticeStepRequest r, CancellationToken ct = default)
    {
        var notice = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!db.Scope.CanWrite(notice.IssuerUnitId, null))
            throw new DomainException("Version", "办结由下达督办的单位确认");
        return await StepAsync(id, r.Version, n =>
        {
            if (n.RepliedOn is null) throw new DomainException("Text", "被督办单位尚未反馈，不能办结");
            var text = Required(r.Text, "请填写办结意见");
            (n.ResolvedOn, n.ResolutionText) = (Today, text);
            return new(Today, "办结", $"{n.IssuerUnit?.Name}确认办结：{text}");
        }, ct);
    }

    async Task<SupervisionNotice> StepAsync(int id, int version, Func<SupervisionNotice, TimelineEvent> step,
        CancellationToken ct)
    {
        var notice = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (notice.ResolvedOn is not null) throw new DomainException("Version", "该督办单已办结");
        return await workflow.StepAsync(notice, version, step, ct);
    }

    static string Required(string? text, string message) =>
        (text ?? "").Trim() is { Length: > 0 and <= 4000 } t ? t : throw new DomainException("Text", message);

    /// <summary>Open notices' next duties, and targets of the caller's lead tasks falling due within a week.</summary>
    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var entries = new List<DueEntry>();
        foreach (var n in await db.SupervisionNotices.AsNoTracking().Include(n => n.Unit)
                     .Where(n => n.ResolvedOn == null).ToListAsync(ct))
            foreach (var d in Deadlines(n).Where(d => d.DoneOn is null))
                if (d.StateOn(today) is DeadlineState.DueSoon or DeadlineState.Overdue)
                    entries.Add(new DueEntry("督办", n.Number, n.Subject, n.Unit?.Name ?? "", d, d.StateOn(today),
                        $"/plans/supervision/{n.Id}"));
        return [.. entries, .. await TargetsDueAsync(today, ct)];
    }

    async Task<List<DueEntry>> TargetsDueAsync(DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(TrackedDeadline.DueSoonDays);
        var leads = db.TaskAssignments.Where(a => a.Role == UnitRole.Lead && a.UnitId != null);
        var milestones = await db.TaskMilestones.IgnoreQueryFilters().AsNoTracking()
            .Where(m => (m.Recurs != null || m.DueOn >= today && m.DueOn <= soon)
                        && leads.Select(a => a.TaskId).Contains(m.TaskId))
            .ToListAsync(ct);
        var due = milestones.Select(m => (m, On: PlanRules.NextDue(m, today))).Where(x => x.On <= soon).ToList();
        if (due.Count == 0) return [];
        var taskIds = due.Select(x => x.m.TaskId).Distinct().ToList();
        // Tasks read past the plan's scope only for targets of the caller's own lead assignments, found above.
        var tasks = await db.PlanTasks.IgnoreQueryFilters().AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, ct);
        var own = await leads.AsNoTracking().Include(a => a.Unit).Where(a => taskIds.Contains(a.TaskId))
            .ToListAsync(ct);
        var latest = await db.ProgressReports.AsNoTracking().Where(r => taskIds.Contains(r.TaskId))
            .GroupBy(r => r.AssignmentId).Select(g => g.OrderByDescending(r => r.Month).First())
            .ToDictionaryAsync(r => r.AssignmentId, r => r.Percent, ct);
        return
        [
            .. from x in due
            from a in own.Where(a => a.TaskId == x.m.TaskId)
            where latest.GetValueOrDefault(a.Id) is not >= 100
            let task = tasks[x.m.TaskId]
            let d = SupervisionDeadlines.Target(x.m, x.On)
            select new DueEntry("实施方案", $"任务{task.Number}", PlanLabels.Excerpt(task.Text, 40),
                a.Unit?.Name ?? "", d, d.StateOn(today), $"/plans/tasks/{task.Id}"),
        ];
    }
}

/// <summary>A step on a notice: the version shown, and the words of a reply or of the closing finding.</summary>
public sealed record NoticeStepRequest(int Version, string? Text = null);
