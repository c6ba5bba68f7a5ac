using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Enforcement;

/// <summary>The officers of the caller's scope: list, register, training, status, certificates about to
/// expire.</summary>
public class OfficerService(FazhiDb db, TimeProvider clock)
{
    public const int PageSize = 20;
    public const string NotFound = "执法人员不存在或不在您的数据权限范围内";

    /// <summary>How far ahead the expiring list looks.</summary>
    public const int ExpiringWithinDays = 90;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public IQueryable<EnforcementOfficer> Query(string? search, bool expiringOnly)
    {
        var q = db.EnforcementOfficers.AsNoTracking().Include(o => o.Unit).Include(o => o.Trainings).AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
            q = q.Where(o => o.Name.Contains(search) || o.CertificateNumber.Contains(search)
                             || o.Unit!.Name.Contains(search));
        if (expiringOnly)
        {
            var until = Today.AddDays(ExpiringWithinDays);
            q = q.Where(o => o.Status == OfficerStatus.Active && o.CertificateValidUntil <= until);
        }
        return expiringOnly
            ? q.OrderBy(o => o.CertificateValidUntil).ThenBy(o => o.Id)
            : q.OrderBy(o => o.Unit!.Name).ThenBy(o => o.Name).ThenBy(o => o.Id);
    }

    public async Task<(List<EnforcementOfficer> Rows, int Total)> PageAsync(
        string? search, bool expiringOnly, int page, CancellationToken ct = default)
    {
        var q = Query(search, expiringOnly);
        return (await q.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct),
            await q.CountAsync(ct));
    }

    public Task<EnforcementOfficer?> FindAsync(int id, CancellationToken ct = default) =>
        db.EnforcementOfficers.Include(o => o.Unit).Include(o => o.Trainings).FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<EnforcementOfficer> RegisterAsync(RegisterOfficerRequest request, CancellationToken ct = default)
    {
        var o = request.ToOfficer();
        OfficerRules.Validate(o);
        // The scope check comes before any lookup, so a number used in another agency is neither refused nor
        // revealed.
        if (!db.Scope.CanRegisterFor(o.UnitId))
            throw new DomainException(nameof(o.UnitId),
                "无权为该单位登记执法人员（超出数据权限范围）");
        var agency = await db.Units.FirstOrDefaultAsync(u => u.Id == o.UnitId, ct)
                     ?? throw new DomainException(nameof(o.UnitId), "执法单位不存在");
        if (agency.Kind == UnitKind.Court)
            throw new DomainException(nameof(o.UnitId), "人民法院不是行政执法主体");
        await EnsureUniqueAsync(o, ct);
        o.CreatedById = db.Scope.OwnUserId;
        db.EnforcementOfficers.Add(o);
        await db.SaveChangesAsync(ct);
        return o;
    }

    public async Task EnsureUniqueAsync(EnforcementOfficer o, CancellationToken ct)
    {
        var others = db.EnforcementOfficers.IgnoreQueryFilters().Where(x => x.UnitId == o.UnitId && x.Id != o.Id);
        if (await others.AnyAsync(x => x.IdNumber == o.IdNumber, ct))
            throw new DomainException(nameof(o.IdNumber), "本单位已登记该身份证号的执法人员");
        if (await others.AnyAsync(x => x.CertificateNumber == o.CertificateNumber, ct))
            throw new DomainException(nameof(o.CertificateNumber),
                $"本单位已登记执法证号“{o.CertificateNumber}”");
    }

    public async Task<EnforcementOfficer> RecordTrainingAsync(int id, TrainingRequest r, CancellationToken ct = default)
    {
        var o = await WritableAsync(id, ct);
        OfficerRules.Training(o, r.Year, r.Hours, r.Course ?? "", Today);
        await db.SaveChangesAsync(ct);
        return o;
    }

    public async Task<EnforcementOfficer> SetStatusAsync(int id, OfficerStatusRequest r, CancellationToken ct = default)
    {
        var o = await WritableAsync(id, ct);
        if (!Enum.IsDefined(r.Status)) throw new DomainException(nameof(r.Status), "请选择状态");
        o.Status = r.Status;
        await db.SaveChangesAsync(ct);
        return o;
    }

    async Task<EnforcementOfficer> WritableAsync(int id, CancellationToken ct)
    {
        var o = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!db.Scope.CanWrite(o.UnitId, o.CreatedById))
            throw new UnauthorizedAccessException("无权修改该执法人员");
        return o;
    }
}
