using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement;

public sealed record UnpublishedPowers(int UnitId, string Unit, int Items);

/// <summary>The 权责清单 of the caller's scope: list by kind, register an item.</summary>
public class PowerService(FazhiDb db, TimeProvider clock)
{
    public const int PageSize = 30;
    public const string NotFound = "权责事项不存在或不在您的数据权限范围内";

    public IQueryable<EnforcementPower> Query(string? search, PowerKind? kind)
    {
        var q = db.EnforcementPowers.AsNoTracking().Include(p => p.Unit).AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
            q = q.Where(p => p.Name.Contains(search) || p.LegalBasis.Contains(search) || p.Unit!.Name.Contains(search));
        if (kind is { } k) q = q.Where(p => p.Kind == k);
        return q.OrderBy(p => p.Unit!.Name).ThenBy(p => p.Kind).ThenBy(p => p.Name).ThenBy(p => p.Id);
    }

    public async Task<(List<EnforcementPower> Rows, int Total)> PageAsync(
        string? search, PowerKind? kind, int page, CancellationToken ct = default)
    {
        var q = Query(search, kind);
        return (await q.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct),
            await q.CountAsync(ct));
    }

    public Task<EnforcementPower?> FindAsync(int id, CancellationToken ct = default) =>
        db.EnforcementPowers.AsNoTracking().Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<EnforcementPower> RegisterAsync(RegisterPowerRequest request, CancellationToken ct = default)
    {
        var p = request.ToPower();
        PowerRules.Validate(p);
        if (!db.Scope.CanRegisterFor(p.UnitId))
            throw new DomainException(nameof(p.UnitId),
                "无权为该单位登记权责事项（超出数据权限范围）");
        if (!await db.Units.AnyAsync(u => u.Id == p.UnitId, ct))
            throw new DomainException(nameof(p.UnitId), "执法单位不存在");
        await EnsureUniqueAsync(p, ct);
        p.CreatedById = db.Scope.OwnUserId;
        db.EnforcementPowers.Add(p);
        await db.SaveChangesAsync(ct);
        return p;
    }

    /// <summary>Records the 事前公示 of an agency's list: its unpublished items, as the caller's scope sees them
    /// (the agency's own list, whole).</summary>
    public async Task<int> PublishAsync(PublishPowersRequest r, CancellationToken ct = default)
    {
        if (!db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException(nameof(r.UnitId), "无权为该单位登记公示（超出数据权限范围）");
        var items = await db.EnforcementPowers.Where(p => p.UnitId == r.UnitId).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var published = PowerRules.Publish(items, r.On, r.Url, today);
        await db.SaveChangesAsync(ct);
        return published;
    }

    /// <summary>Agencies of the caller's scope with items not yet published, and how many.</summary>
    public Task<List<UnpublishedPowers>> UnpublishedAsync(CancellationToken ct = default) =>
        db.EnforcementPowers.AsNoTracking().Where(p => p.PublishedOn == null)
            .GroupBy(p => new { p.UnitId, p.Unit!.Name }).OrderBy(g => g.Key.Name)
            .Select(g => new UnpublishedPowers(g.Key.UnitId, g.Key.Name, g.Count())).ToListAsync(ct);

    public async Task EnsureUniqueAsync(EnforcementPower p, CancellationToken ct)
    {
        if (await db.EnforcementPowers.IgnoreQueryFilters().AnyAsync(x => x.UnitId == p.UnitId && x.Name == p.Name, ct))
            throw new DomainException(nameof(p.Name), $"本单位已有事项“{p.Name}”");
    }
}
