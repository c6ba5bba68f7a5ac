using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Reconsideration;

public sealed record CaseFilter(string? Search = null, ReconsiderationStatus? Status = null, int? UnitId = null, int? Year = null, int Page = 1);

public sealed record DueItem(ReconsiderationCase Case, TrackedDeadline Deadline, DeadlineState State);

/// <summary>Every write to a reconsideration case: checked against the caller's scope, applied by CaseRules, kept in the timeline.</summary>
public class ReconsiderationService(FazhiDb db, DeadlineCalculator calc, TimeProvider clock)
{
    public const int PageSize = 20;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public DeadlineCalculator Calculator => calc;

    public IQueryable<ReconsiderationCase> Query(CaseFilter f)
    {
        var q = db.ReconsiderationCases.AsNoTracking().Include(c => c.Unit).Include(c => c.RespondentUnit).AsQueryable();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            q = q.Where(c => c.CaseNumber.Contains(s) || c.Applicants.Contains(s) || c.ContestedAct.Contains(s) || c.RespondentUnit!.Name.Contains(s));
        }
        if (f.Status is { } st) q = q.Where(c => c.Status == st);
        if (f.UnitId is { } u) q = q.Where(c => c.UnitId == u || c.RespondentUnitId == u);
        if (f.Year is { } y)
        {
            var from = new DateOnly(y, 1, 1); var to = new DateOnly(y, 12, 31);
            q = q.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        }
        return q.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id);
    }

    public async Task<(List<ReconsiderationCase> Rows, int Total)> PageAsync(CaseFilter f, CancellationToken ct = default)
    {
        var q = Query(f);
        return (await q.Skip((Math.Max(1, f.Page) - 1) * PageSize).Take(PageSize).ToListAsync(ct), await q.CountAsync(ct));
    }

    public Task<ReconsiderationCase?> FindAsync(int id, CancellationToken ct = default) =>
        db.ReconsiderationCases.Include(c => c.Unit).Include(c => c.RespondentUnit).Include(c => c.Suspensions).FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<List<DeadlineExtension>> ExtensionsAsync(int id, CancellationToken ct = default) =>
        db.DeadlineExtensions.Where(e => e.OwnerType == CaseDeadlines.OwnerType && e.OwnerId == id).OrderBy(e => e.Id).ToListAsync(ct);

    public Task<List<TimelineEntry>> TimelineAsync(int id, CancellationToken ct = default) =>
        db.Timeline.Where(t => t.OwnerType == CaseDeadlines.OwnerType && t.OwnerId == id).OrderBy(t => t.On).ThenBy(t => t.Id).ToListAsync(ct);

    public async Task<List<TrackedDeadline>> DeadlinesAsync(ReconsiderationCase c, CancellationToken ct = default) =>
        CaseDeadlines.For(c, calc, await ExtensionsAsync(c.Id, ct));

    public async Task<ReconsiderationCase> RegisterAsync(ReconsiderationCase c, CancellationToken ct = default)
    {
        CaseRules.ValidateRegistration(c, Today);
        await CheckUnitsAsync(c, ct);
        if (await db.ReconsiderationCases.IgnoreQueryFilters().AnyAsync(x => x.CaseNumber == c.CaseNumber.Trim(), ct))
            throw new DomainException(nameof(c.CaseNumber), $"案号“{c.CaseNumber}”已存在");
        c.CaseNumber = c.CaseNumber.Trim();
        c.Status = ReconsiderationStatus.Received;
        c.CreatedById ??= db.Scope.OwnUserId;
        db.ReconsiderationCases.Add(c);
        await db.SaveChangesAsync(ct);
        await NoteAsync(c.Id, c.ReceivedOn, "收到申请", $"收到{c.Applicants}的行政复议申请（{Labels.Procedure[c.Procedure]}）", ct);
        return c;
    }

    /// <summary>Both units must exist, and the caller must be allowed to write for one of them.</summary>
    async Task CheckUnitsAsync(ReconsiderationCase c, CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Id == c.UnitId, ct)) throw new DomainException(nameof(c.UnitId), "复议机关不存在");
        if (!await db.Units.AnyAsync(u => u.Id == c.RespondentUnitId, ct)) throw new DomainException(nameof(c.RespondentUnitId), "被申请人不存在");
        if (!db.Scope.Covers(c.UnitId) && db.Scope.OwnUserId is null)
            throw new DomainException(nameof(c.UnitId), "无权为该复议机关登记案件（超出数据权限范围）");
    }

    /// <summary>Applies one step of the procedure to a case the caller can see; a stale version is refused.</summary>
    public async Task<ReconsiderationCase> StepAsync(int id, int version, DateOnly on, string kind, string text, Action<ReconsiderationCase> step, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException("案件不存在或不在您的数据权限范围内");
        if (!db.Scope.CanWrite(c.UnitId, c.CreatedById)) throw new DomainException(nameof(c.UnitId), "本案由其他复议机关办理，您只能查看");
        if (c.Version != version) throw new DbUpdateConcurrencyException("该案件已被他人修改，请刷新页面后重试");
        step(c);
        // Every step moves the case's version, even one that only adds a child row, so a stale form is always refused.
        db.Entry(c).Property(x => x.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        await NoteAsync(c.Id, on, kind, text, ct);
        return c;
    }

    public async Task ExtendAsync(int id, DateOnly newDue, string reason, string approver, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException("案件不存在或不在您的数据权限范围内");
        if (!db.Scope.CanWrite(c.UnitId, c.CreatedById)) throw new DomainException(nameof(c.UnitId), "本案由其他复议机关办理，您只能查看");
        var ext = CaseDeadlines.Extend(c, calc, await ExtensionsAsync(id, ct), newDue, reason, approver, Today);
        db.DeadlineExtensions.Add(ext);
        await db.SaveChangesAsync(ct);
        await NoteAsync(id, Today, "延期", $"审理期限延长至{newDue:yyyy-MM-dd}，理由：{ext.Reason}，批准人：{ext.Approver}", ct);
    }

    async Task NoteAsync(int id, DateOnly on, string kind, string text, CancellationToken ct)
    {
        db.Timeline.Add(TimelineEntry.Of(CaseDeadlines.OwnerType, id, on, kind, text, db.Scope.Actor));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Open cases whose decision deadline is near or past, within the caller's scope.</summary>
    public async Task<List<DueItem>> DueAsync(DateOnly today, CancellationToken ct = default)
    {
        var open = await db.ReconsiderationCases.AsNoTracking().Include(c => c.Unit).Include(c => c.RespondentUnit).Include(c => c.Suspensions)
            .Where(c => c.Status == ReconsiderationStatus.Accepted || c.Status == ReconsiderationStatus.Suspended).ToListAsync(ct);
        var ids = open.Select(c => c.Id).ToList();
        var extensions = (await db.DeadlineExtensions.AsNoTracking().Where(e => e.OwnerType == CaseDeadlines.OwnerType).ToListAsync(ct))
            .Where(e => ids.Contains(e.OwnerId)).ToLookup(e => e.OwnerId);
        return open.Select(c => (c, d: CaseDeadlines.Decision(c, calc, extensions[c.Id].ToList())))
            .Where(x => x.d is not null)
            .Select(x => new DueItem(x.c, x.d!, x.d!.StateOn(today)))
            .Where(x => x.State is DeadlineState.DueSoon or DeadlineState.Overdue)
            .OrderBy(x => x.Deadline.Due).ToList();
    }
}
