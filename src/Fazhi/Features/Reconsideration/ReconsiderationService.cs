using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Reconsideration;

public sealed record CaseFilter(string? Search = null, ReconsiderationStatus? Status = null, int? UnitId = null,
    int? Year = null, int Page = 1);

public sealed record DueItem(ReconsiderationCase Case, TrackedDeadline Deadline, DeadlineState State);

/// <summary>Every read and write of reconsideration cases: in the caller's scope, applied by CaseRules through the
/// shared case workflow (scope, version, timeline, one transaction).</summary>
public class ReconsiderationService(FazhiDb db, CaseWorkflow workflow, DeadlineCalculator calc, TimeProvider clock)
    : IDueSource
{
    public const int PageSize = 20;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public DeadlineCalculator Calculator => calc;

    public IQueryable<ReconsiderationCase> Query(CaseFilter f)
    {
        var q = db.ReconsiderationCases.AsNoTracking()
            .Include(c => c.Unit)
            .Include(c => c.RespondentUnit)
            .AsQueryable();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            q = q.Where(c => c.CaseNumber.Contains(s) || c.Applicants.Contains(s) || c.ContestedAct.Contains(s)
                             || c.RespondentUnit!.Name.Contains(s));
        }
        if (f.Status is { } st) q = q.Where(c => c.Status == st);
        if (f.UnitId is { } u) q = q.Where(c => c.UnitId == u || c.RespondentUnitId == u);
        if (f.Year is { } y)
        {
            var (from, to) = Years.Span(y);
            q = q.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        }
        return q.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id);
    }

    public async Task<(List<ReconsiderationCase> Rows, int Total)> PageAsync(
        CaseFilter f, CancellationToken ct = default)
    {
        var q = Query(f);
        return (await q.Skip((Math.Max(1, f.Page) - 1) * PageSize).Take(PageSize).ToListAsync(ct),
            await q.CountAsync(ct));
    }

    public Task<ReconsiderationCase?> FindAsync(int id, CancellationToken ct = default) =>
        db.ReconsiderationCases.Include(c => c.Unit).Include(c => c.RespondentUnit).Include(c => c.Suspensions)
            .FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<List<TimelineEntry>> TimelineAsync(int id, CancellationToken ct = default) =>
        workflow.TimelineAsync<ReconsiderationCase>(id, ct);

    public async Task<List<TrackedDeadline>> DeadlinesAsync(ReconsiderationCase c, CancellationToken ct = default) =>
        CaseDeadlines.For(c, calc, await workflow.ExtensionsAsync<ReconsiderationCase>(c.Id, ct));

    /// <summary>Whether the caller may apply steps to the case (the page shows its forms only then).</summary>
    public bool CanWrite(ReconsiderationCase c) => db.Scope.CanWrite(c.UnitId, c.CreatedById);

    public async Task<ReconsiderationCase> RegisterAsync(RegisterCaseRequest request, CancellationToken ct = default)
    {
        var c = request.ToCase();
        CaseRules.ValidateRegistration(c, Today);
        await CheckUnitsAsync(c, ct);
        c.CaseNumber = c.CaseNumber.Trim();
        // 案号 are issued by the 复议机关, so they are unique per 复议机关; the caller was checked to
        // register for it,
        // and a number used elsewhere is neither refused nor revealed.
        if (await db.ReconsiderationCases.IgnoreQueryFilters()
                .AnyAsync(x => x.UnitId == c.UnitId && x.CaseNumber == c.CaseNumber, ct))
            throw new DomainException(nameof(c.CaseNumber), $"该复议机关的案号“{c.CaseNumber}”已存在");
        c.Status = ReconsiderationStatus.Received;
        return await workflow.RegisterAsync(c, CaseSteps.Received(c), ct);
    }

    /// <summary>Both units must exist, and the caller must be allowed to write for the 复议机关.</summary>
    async Task CheckUnitsAsync(ReconsiderationCase c, CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Id == c.UnitId, ct))
            throw new DomainException(nameof(c.UnitId), "复议机关不存在");
        if (!await db.Units.AnyAsync(u => u.Id == c.RespondentUnitId, ct))
            throw new DomainException(nameof(c.RespondentUnitId), "被申请人不存在");
        if (!db.Scope.CanRegisterFor(c.UnitId))
            throw new DomainException(nameof(c.UnitId),
                "无权为该复议机关登记案件（超出数据权限范围）");
    }

    /// <summary>Applies one procedural step to a case the caller can see; a stale version is refused.</summary>
    public async Task<ReconsiderationCase> StepAsync(int id, CaseStepRequest r, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
        return await workflow.StepAsync(c, r.Version, x => CaseSteps.Apply(x, r, Today, calc), ct);
    }

    public async Task ExtendAsync(int id, ExtensionRequest r, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
        var existing = await workflow.ExtensionsAsync<ReconsiderationCase>(id, ct);
        await workflow.StepAsync(c, c.Version, x =>
        {
            var extension = CaseDeadlines.Extend(x, calc, existing, r.NewDue, r.Reason ?? "", r.Approver ?? "", Today);
            db.DeadlineExtensions.Add(extension);
            return CaseSteps.Extended(Today, extension);
        }, ct);
    }

    /// <summary>Open cases whose decision deadline is near or past, within the caller's scope. The store returns only
    /// cases accepted long enough ago for the shortest decision period to end within the due-soon window; the exact
    /// dates (holidays, pauses, an extension) are then computed for those.</summary>
    public async Task<List<DueItem>> DueAsync(DateOnly today, CancellationToken ct = default)
    {
        var horizon = today.AddDays(TrackedDeadline.DueSoonDays);
        var ordinary = horizon.AddDays(-CaseDeadlines.ShortestDecisionDays(ReconsiderationProcedure.Ordinary));
        var simplified = horizon.AddDays(-CaseDeadlines.ShortestDecisionDays(ReconsiderationProcedure.Simplified));
        var candidates = await db.ReconsiderationCases.AsNoTracking()
            .Include(c => c.Unit).Include(c => c.RespondentUnit).Include(c => c.Suspensions)
            .Where(c => (c.Status == ReconsiderationStatus.Accepted || c.Status == ReconsiderationStatus.Suspended
                         || c.Status == ReconsiderationStatus.Received) // 视为受理 once the review period ends
                        && (c.AcceptedOn ?? c.MaterialSuppliedOn ?? c.ReceivedOn)
                        <= (c.Procedure == ReconsiderationProcedure.Simplified ? simplified : ordinary)
                        // a decision the respondent was ordered to perform (第77条第2款) and has not
                        || c.PerformanceDue <= horizon && c.PerformedOn == null)
            .ToListAsync(ct);
        var extensions =
            await workflow.ExtensionsAsync<ReconsiderationCase>(candidates.Select(c => c.Id).ToArray(), ct);
        return candidates.Select(c => (c, d: c.Status == ReconsiderationStatus.Concluded
                ? PerformanceRules.Deadline(c) : CaseDeadlines.Decision(c, calc, extensions[c.Id].ToList())))
            .Where(x => x.d is not null)
            .Select(x => new DueItem(x.c, x.d!, x.d!.StateOn(today)))
            .Where(x => x.State is DeadlineState.DueSoon or DeadlineState.Overdue)
            .OrderBy(x => x.Deadline.Due).ToList();
    }

    async Task<IReadOnlyList<DueEntry>> IDueSource.DueAsync(DateOnly today, CancellationToken ct) =>
        (await DueAsync(today, ct)).Select(d => new DueEntry("行政复议", d.Case.CaseNumber,
            $"{d.Case.Applicants} 诉 {d.Case.RespondentUnit?.Name}", d.Case.Unit?.Name ?? "", d.Deadline, d.State,
            $"/reconsideration/{d.Case.Id}")).ToList();
}
