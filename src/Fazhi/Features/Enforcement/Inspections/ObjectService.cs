using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>What a list of the registry is narrowed to.</summary>
public sealed record ObjectFilter(string? Search = null, ObjectKind? Kind = null, RiskGrade? Grade = null);

/// <summary>The 检查对象名录库 of the caller's scope: list, register, change a risk grade, and the recusals
/// registered against its objects.</summary>
public class ObjectService(FazhiDb db, CaseWorkflow workflow, TimeProvider clock)
{
    public const int PageSize = 30;
    public const string NotFound = "检查对象不存在或不在您的数据权限范围内";
    const string ReadOnly = "该检查对象不在您的办理范围内，您只能查看";
    const string Stale = "该检查对象已被他人修改，请刷新页面后重试";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public IQueryable<InspectionObject> Query(ObjectFilter f)
    {
        var q = db.InspectionObjects.AsNoTracking().Include(o => o.Unit).AsQueryable();
        if (!string.IsNullOrWhiteSpace(f.Search))
            q = q.Where(o => o.Name.Contains(f.Search) || o.CreditCode!.Contains(f.Search)
                             || o.Address!.Contains(f.Search) || o.Unit!.Name.Contains(f.Search));
        if (f.Kind is { } k) q = q.Where(o => o.Kind == k);
        if (f.Grade is { } g) q = q.Where(o => o.RiskGrade == g);
        return q.OrderBy(o => o.Id);
    }

    public async Task<(List<InspectionObject> Rows, int Total)> PageAsync(ObjectFilter f, int page,
        CancellationToken ct = default)
    {
        var q = Query(f);
        return (await q.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct),
            await q.CountAsync(ct));
    }

    public Task<InspectionObject?> FindAsync(int id, CancellationToken ct = default) =>
        db.InspectionObjects.AsNoTracking().Include(o => o.Unit).FirstOrDefaultAsync(o => o.Id == id, ct);

    public bool CanWrite(InspectionObject o) => db.Scope.CanWrite(o.UnitId, o.CreatedById);

    /// <summary>Whether the caller may add to the unit's registry (the form offers only those units).</summary>
    public bool CanRegisterFor(int unitId) => db.Scope.CanRegisterFor(unitId);

    public async Task<InspectionObject> RegisterAsync(RegisterObjectRequest request, CancellationToken ct = default)
    {
        var o = request.ToObject();
        InspectionRules.ValidateObject(o);
        // The scope check comes before any lookup, so a code in another agency's registry is neither refused nor
        // revealed.
        if (!CanRegisterFor(o.UnitId))
            throw new DomainException(nameof(o.UnitId),
                "无权为该单位登记检查对象（超出数据权限范围）");
        if (!await db.Units.AnyAsync(u => u.Id == o.UnitId, ct))
            throw new DomainException(nameof(o.UnitId), "单位不存在");
        if (o.CreditCode is { } code && (await ExistingCodesAsync([code], ct)).Contains((o.UnitId, code)))
            throw new DomainException(nameof(o.CreditCode), Duplicate(code));
        o.CreatedById = db.Scope.OwnUserId;
        db.InspectionObjects.Add(o);
        await db.SaveChangesAsync(ct);
        return o;
    }

    /// <summary>Changes an object's risk grade under its version. The object is found in the caller's scope before
    /// anything sent is looked at, so another agency's object is not found whatever was sent; the change and its
    /// timeline entry (which keeps the reason) are saved together, each with its audit link.</summary>
    public async Task<InspectionObject> ChangeRiskGradeAsync(int id, RiskGradeRequest r,
        CancellationToken ct = default)
    {
        var o = await db.InspectionObjects.Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new KeyNotFoundException(NotFound);
        if (!CanWrite(o)) throw new DomainException(nameof(o.UnitId), ReadOnly);
        if (o.Version != r.Version) throw new DbUpdateConcurrencyException(Stale);
        var changed = InspectionRules.ChangeRiskGrade(o, r.RiskGrade, r.Reason, Today);
        db.Timeline.Add(workflow.Entry<InspectionObject>(o.Id, changed));
        await db.SaveChangesAsync(ct);
        return o;
    }

    /// <summary>The object's changes of grade, oldest first.</summary>
    public Task<List<TimelineEntry>> TimelineAsync(int id, CancellationToken ct = default) =>
        workflow.TimelineAsync<InspectionObject>(id, ct);

    public static string Duplicate(string code) =>
        $"本单位名录库已有统一社会信用代码为“{code}”的对象";

    /// <summary>Which of the codes the registries already hold: one query with the codes as one array
    /// parameter.</summary>
    public async Task<HashSet<(int UnitId, string Code)>> ExistingCodesAsync(IEnumerable<string> codes,
        CancellationToken ct)
    {
        var wanted = codes.Distinct().ToArray();
        return (await db.InspectionObjects.IgnoreQueryFilters()
            .Where(o => o.CreditCode != null && wanted.Contains(o.CreditCode))
            .Select(o => new { o.UnitId, o.CreditCode }).ToListAsync(ct))
            .Select(o => (o.UnitId, o.CreditCode!)).ToHashSet();
    }

    /// <summary>The recusals of the objects shown, by object.</summary>
    public async Task<ILookup<int, InspectionRecusal>> RecusalsAsync(int[] objectIds, CancellationToken ct = default) =>
        (await db.InspectionRecusals.AsNoTracking().Include(r => r.Officer)
            .Where(r => objectIds.Contains(r.ObjectId)).OrderBy(r => r.Id).ToListAsync(ct))
        .ToLookup(r => r.ObjectId);

    /// <summary>The officers an object's agency may recuse.</summary>
    public Task<List<EnforcementOfficer>> OfficersAsync(int unitId, CancellationToken ct = default) =>
        db.EnforcementOfficers.AsNoTracking().Where(o => o.UnitId == unitId).OrderBy(o => o.Name)
            .ThenBy(o => o.Id).ToListAsync(ct);

    /// <summary>Registers that an officer may not inspect an object; the object is found in the caller's scope
    /// first, so another agency's registry answers nothing.</summary>
    public async Task<InspectionRecusal> RecuseAsync(RegisterRecusalRequest r, CancellationToken ct = default)
    {
        var o = await db.InspectionObjects.FirstOrDefaultAsync(x => x.Id == r.ObjectId, ct)
                ?? throw new DomainException("ObjectId", NotFound);
        if (!CanWrite(o)) throw new DomainException("ObjectId", ReadOnly);
        var officer = await db.EnforcementOfficers.FirstOrDefaultAsync(x => x.Id == r.OfficerId, ct)
                      ?? throw new DomainException("OfficerId", "所选执法人员不存在");
        var recusal = InspectionRules.Recusal(o, officer, r.Reason ?? "", Today);
        if (await db.InspectionRecusals.AnyAsync(x => x.ObjectId == o.Id && x.OfficerId == officer.Id, ct))
            throw new DomainException("OfficerId", $"已登记{officer.Name}对该对象回避");
        recusal.CreatedById = db.Scope.OwnUserId;
        db.InspectionRecusals.Add(recusal);
        await db.SaveChangesAsync(ct);
        recusal.Officer = officer;
        return recusal;
    }
}
