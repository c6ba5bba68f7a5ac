using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Litigation;

/// <summary>Writes to litigation cases: scope-checked, validated by LitigationRules, kept in the timeline.</summary>
public class LitigationService(FazhiDb db, DeadlineCalculator calc, TimeProvider clock)
{
    public const int PageSize = 20;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public IQueryable<LitigationCase> Query(string? search, int? year)
    {
        var q = db.LitigationCases.AsNoTracking().Include(c => c.Unit).Include(c => c.CourtUnit).AsQueryable();
        if (!string.IsNullOrWhiteSpace(search)) q = q.Where(c => c.CaseNumber.Contains(search) || c.Plaintiffs.Contains(search) || c.Cause.Contains(search) || c.Unit!.Name.Contains(search));
        if (year is { } y) { var from = new DateOnly(y, 1, 1); var to = new DateOnly(y, 12, 31); q = q.Where(c => c.FiledOn >= from && c.FiledOn <= to); }
        return q.OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id);
    }

    public Task<LitigationCase?> FindAsync(int id, CancellationToken ct = default) =>
        db.LitigationCases.Include(c => c.Unit).Include(c => c.CourtUnit).Include(c => c.Hearings).FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<List<TrackedDeadline>> DeadlinesAsync(LitigationCase c, CancellationToken ct = default) =>
        LitigationRules.Deadlines(c, calc, await db.DeadlineExtensions.Where(e => e.OwnerType == LitigationRules.OwnerType && e.OwnerId == c.Id).ToListAsync(ct));

    public Task<List<TimelineEntry>> TimelineAsync(int id, CancellationToken ct = default) =>
        db.Timeline.Where(t => t.OwnerType == LitigationRules.OwnerType && t.OwnerId == id).OrderBy(t => t.On).ThenBy(t => t.Id).ToListAsync(ct);

    public async Task<LitigationCase> RegisterAsync(LitigationCase c, CancellationToken ct = default)
    {
        LitigationRules.ValidateRegistration(c, Today);
        var defendant = await db.Units.FirstOrDefaultAsync(u => u.Id == c.UnitId, ct) ?? throw new DomainException(nameof(c.UnitId), "被告单位不存在");
        var court = await db.Units.FirstOrDefaultAsync(u => u.Id == c.CourtUnitId, ct) ?? throw new DomainException(nameof(c.CourtUnitId), "法院不存在");
        if (court.Kind != UnitKind.Court) throw new DomainException(nameof(c.CourtUnitId), $"“{court.Name}”不是人民法院");
        if (!db.Scope.Covers(defendant.Id) && db.Scope.OwnUserId is null) throw new DomainException(nameof(c.UnitId), "无权为该单位登记应诉案件（超出数据权限范围）");
        c.CaseNumber = c.CaseNumber.Trim();
        if (await db.LitigationCases.IgnoreQueryFilters().AnyAsync(x => x.CaseNumber == c.CaseNumber && x.CourtUnitId == c.CourtUnitId, ct))
            throw new DomainException(nameof(c.CaseNumber), $"案号“{c.CaseNumber}”已存在");
        c.CreatedById ??= db.Scope.OwnUserId;
        db.LitigationCases.Add(c);
        await db.SaveChangesAsync(ct);
        await NoteAsync(c.Id, c.FiledOn, "立案", $"{court.Name}立案受理{c.Plaintiffs}诉{defendant.Name}（{c.Cause}），{LitigationRules.InstanceLabel[c.Instance]}", ct);
        return c;
    }

    public async Task<LitigationCase> StepAsync(int id, int version, DateOnly on, string kind, string text, Action<LitigationCase> step, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException("案件不存在或不在您的数据权限范围内");
        if (!db.Scope.CanWrite(c.UnitId, c.CreatedById)) throw new DomainException(nameof(c.UnitId), "无权修改该案件");
        if (c.Version != version) throw new DbUpdateConcurrencyException("该案件已被他人修改，请刷新页面后重试");
        step(c);
        // Every step moves the case's version, even one that only adds a child row, so a stale form is always refused.
        db.Entry(c).Property(x => x.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        await NoteAsync(c.Id, on, kind, text, ct);
        return c;
    }

    async Task NoteAsync(int id, DateOnly on, string kind, string text, CancellationToken ct)
    {
        db.Timeline.Add(TimelineEntry.Of(LitigationRules.OwnerType, id, on, kind, text, db.Scope.Actor));
        await db.SaveChangesAsync(ct);
    }
}
