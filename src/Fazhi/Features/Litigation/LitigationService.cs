using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

/// <summary>Reads and writes of litigation cases: in the caller's scope, validated by LitigationRules, applied through
/// the shared case workflow.</summary>
public class LitigationService(FazhiDb db, CaseWorkflow workflow, DeadlineCalculator calc, TimeProvider clock)
    : IDueSource
{
    public const int PageSize = 20;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public IQueryable<LitigationCase> Query(string? search, int? year)
    {
        var q = db.LitigationCases.AsNoTracking().Include(c => c.Unit).Include(c => c.CoDefendantUnit)
            .Include(c => c.CourtUnit).AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
            q = q.Where(c => c.CaseNumber.Contains(search) || c.Plaintiffs.Contains(search) || c.Cause.Contains(search)
                             || c.Unit!.Name.Contains(search));
        if (year is { } y)
        {
            var (from, to) = Years.Span(y);
            q = q.Where(c => c.FiledOn >= from && c.FiledOn <= to);
        }
        return q.OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id);
    }

    public async Task<(List<LitigationCase> Rows, int Total)> PageAsync(string? search, int? year, int page,
        CancellationToken ct = default)
    {
        var q = Query(search, year).Include(c => c.Hearings);
        return (await q.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct),
            await q.CountAsync(ct));
    }

    public Task<LitigationCase?> FindAsync(int id, CancellationToken ct = default) =>
        db.LitigationCases.Include(c => c.Unit).Include(c => c.CoDefendantUnit).Include(c => c.CourtUnit)
            .Include(c => c.Hearings).FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<List<TrackedDeadline>> DeadlinesAsync(LitigationCase c, CancellationToken ct = default) =>
        LitigationDeadlines.For(c, calc, await workflow.ExtensionsAsync<LitigationCase>(c.Id, ct));

    public Task<List<TimelineEntry>> TimelineAsync(int id, CancellationToken ct = default) =>
        workflow.TimelineAsync<LitigationCase>(id, ct);

    public bool CanWrite(LitigationCase c) => db.Scope.CanWrite(c.UnitId, c.CreatedById);

    public async Task<LitigationCase> RegisterAsync(RegisterLitigationRequest request, CancellationToken ct = default)
    {
        var c = request.ToCase();
        LitigationRules.ValidateRegistration(c, Today);
        var defendant = await db.Units.FirstOrDefaultAsync(u => u.Id == c.UnitId, ct)
                        ?? throw new DomainException(nameof(c.UnitId), "被告单位不存在");
        var court = await db.Units.FirstOrDefaultAsync(u => u.Id == c.CourtUnitId, ct)
                    ?? throw new DomainException(nameof(c.CourtUnitId), "法院不存在");
        if (court.Kind != UnitKind.Court) throw new DomainException(nameof(c.CourtUnitId),
            $"“{court.Name}”不是人民法院");
        // 行政诉讼法 第26条第2款: the 复议机关 that upheld the act is sued with the agency; it need not be
        // in scope.
        var coDefendant = c.CoDefendantUnitId is { } co
            ? await db.Units.FirstOrDefaultAsync(u => u.Id == co && u.Kind != UnitKind.Court, ct)
              ?? throw new DomainException(nameof(c.CoDefendantUnitId), "共同被告单位不存在")
            : null;
        if (!db.Scope.CanRegisterFor(defendant.Id))
            throw new DomainException(nameof(c.UnitId),
                "无权为该单位登记应诉案件（超出数据权限范围）");
        c.CaseNumber = c.CaseNumber.Trim();
        // One court case may have several defendants, each recording its own defence: the number is unique per
        // court and defendant, so a case of another unit is neither refused nor revealed.
        if (await db.LitigationCases.IgnoreQueryFilters().AnyAsync(x => x.CaseNumber == c.CaseNumber
                && x.CourtUnitId == c.CourtUnitId && x.UnitId == c.UnitId, ct))
            throw new DomainException(nameof(c.CaseNumber), $"本单位在该法院的案号“{c.CaseNumber}”已" +
                "存在");
        return await workflow.RegisterAsync(c, LitigationSteps.Filed(c, court.Name,
            coDefendant is null ? defendant.Name : $"{defendant.Name}、{coDefendant.Name}"), ct);
    }

    public Task<LitigationCase> RecordServiceAsync(int id, DatedStepRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            LitigationRules.RecordService(c, r.On);
            return LitigationSteps.Served(r.On);
        }, ct);

    public Task<LitigationCase> SubmitDefenceAsync(int id, DatedStepRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            LitigationRules.SubmitDefence(c, r.On);
            return LitigationSteps.Defended(r.On);
        }, ct);

    public Task<LitigationCase> AddHearingAsync(int id, HearingRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c => LitigationSteps.Heard(LitigationRules.AddHearing(c, r)), ct);

    public Task<LitigationCase> ConcludeAsync(int id, ConclusionRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            LitigationRules.Conclude(c, r);
            return LitigationSteps.Concluded(c);
        }, ct);

    public Task<LitigationCase> IntendAppealAsync(int id, DatedStepRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            LitigationRules.IntendAppeal(c);
            return LitigationSteps.AppealIntended(r.On);
        }, ct);

    public Task<LitigationCase> RecordAppealAsync(int id, AppealRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            LitigationRules.RecordAppeal(c, r);
            return LitigationSteps.Appealed(c, Today);
        }, ct);

    async Task<LitigationCase> StepAsync(int id, int version, Func<LitigationCase, TimelineEvent> step,
        CancellationToken ct)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
        return await workflow.StepAsync(c, version, step, ct);
    }

    /// <summary>The agency's own periods due soon or late: an unanswered defence, and an appeal it means to bring but
    /// has not lodged. The store returns only cases whose period starts long enough ago to end within the due-soon
    /// window (the shortest period, 10 days, bounds both appeal periods).</summary>
    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        DateOnly StartedBy(string key) =>
            today.AddDays(TrackedDeadline.DueSoonDays - LitigationDeadlines.Rule(key).Length);
        var servedBy = StartedBy("litigation.defence");
        var decidedBy = StartedBy("litigation.appeal_ruling");
        var candidates = await db.LitigationCases.AsNoTracking().Include(c => c.Unit).Include(c => c.CourtUnit)
            .Where(c => (c.Status == LitigationStatus.Pending && c.DefenceSubmittedOn == null && c.ServedOn <= servedBy)
                        || (c.AppealIntended && c.Appellant == null && c.OutcomeServedOn <= decidedBy))
            .ToListAsync(ct);
        var extensions = await workflow.ExtensionsAsync<LitigationCase>(candidates.Select(c => c.Id).ToArray(), ct);
        return candidates
            .SelectMany(c => LitigationDeadlines.For(c, calc, extensions[c.Id].ToList())
                .Where(d => d.Rule.LapseEffect is null && d.DoneOn is null
                            && (c.Status == LitigationStatus.Pending || d.Rule.Key == LitigationDeadlines.AppealKey(c)))
                .Select(d => (c, d)))
            .Select(x => (x.c, x.d, state: x.d.StateOn(today)))
            .Where(x => x.state is DeadlineState.DueSoon or DeadlineState.Overdue)
            .Select(x => new DueEntry("行政应诉", x.c.CaseNumber,
                $"{x.c.Plaintiffs} 诉 {x.c.Unit?.Name}（{x.c.Cause}）",
                x.c.Unit?.Name ?? "", x.d, x.state, $"/litigation/{x.c.Id}"))
            .ToList();
    }
}
