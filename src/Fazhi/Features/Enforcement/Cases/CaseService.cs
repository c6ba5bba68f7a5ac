using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>What a list of cases is narrowed to.</summary>
public sealed record CaseFilter(string? Search = null, PowerKind? Kind = null, CaseStatus? Status = null,
    int? Year = null);

/// <summary>Reads and writes of enforcement cases in the caller's scope, by CaseRules, through the shared case
/// workflow.</summary>
public class CaseService(FazhiDb db, CaseWorkflow workflow, DeadlineCalculator calc, TimeProvider clock)
    : IDueSource
{
    public const int PageSize = 20;
    /// <summary>A record's file: scans, photos, short recordings; longer video stays in the agency's own
    /// archive.</summary>
    public const long MaxFileBytes = 20_000_000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IQueryable<EnforcementCase>> QueryAsync(CaseFilter f, CancellationToken ct = default) =>
        Listed(await FilteredAsync(f, ct));

    static IQueryable<EnforcementCase> Listed(IQueryable<EnforcementCase> cases) =>
        cases.Include(c => c.Unit).Include(c => c.Power).OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id);

    /// <summary>The cases a filter selects, unordered and without their power and agency: what a count reads. A search
    /// finds the text in the case's number or party, or in its power's or agency's name: those few powers and
    /// agencies are looked up first, so that the cases are read without joining them.</summary>
    async Task<IQueryable<EnforcementCase>> FilteredAsync(CaseFilter f, CancellationToken ct)
    {
        var q = db.EnforcementCases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            var powers = await db.EnforcementPowers.Where(p => p.Name.Contains(s)).Select(p => p.Id).ToListAsync(ct);
            var units = await db.Units.Where(u => u.Name.Contains(s)).Select(u => u.Id).ToListAsync(ct);
            q = q.Where(c => c.Number.Contains(s) || c.PartyName.Contains(s) || powers.Contains(c.PowerId)
                             || units.Contains(c.UnitId));
        }
        if (f.Kind is { } k) q = q.Where(c => c.Kind == k);
        if (f.Status is { } st) q = q.Where(c => c.Status == st);
        if (f.Year is { } y)
        {
            var (from, to) = Years.Span(y);
            q = q.Where(c => c.FiledOn >= from && c.FiledOn <= to);
        }
        return q;
    }

    public async Task<(List<EnforcementCase> Rows, int Total)> PageAsync(CaseFilter f, int page,
        CancellationToken ct = default)
    {
        var cases = await FilteredAsync(f, ct);
        return (await Listed(cases).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct),
            await ListCount.UpToCapAsync(cases, ct));
    }

    /// <summary>A case in the caller's scope with its handlers and records. Its power, standard and officers are
    /// read on their own: they are the agency's, which a caller who sees the case may see, and a join on their
    /// scope filters must never hide the case or leave a handler without its officer.</summary>
    public async Task<EnforcementCase?> FindAsync(int id, CancellationToken ct = default)
    {
        var c = await db.EnforcementCases.Include(c => c.Unit).Include(c => c.Handlers).Include(c => c.Records)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (c is null) return null;
        var officers = c.Handlers.Select(h => h.OfficerId).ToList();
        // Loaded into the context, they are fixed up as the handlers' officers.
        await db.EnforcementOfficers.IgnoreQueryFilters().Where(o => officers.Contains(o.Id)).LoadAsync(ct);
        c.Power = await db.EnforcementPowers.IgnoreQueryFilters().FirstAsync(p => p.Id == c.PowerId, ct);
        if (c.StandardId is { } standard)
            c.Standard = await db.PowerStandards.IgnoreQueryFilters().FirstAsync(s => s.Id == standard, ct);
        return c;
    }

    public Task<bool> ExistsAsync(int id, CancellationToken ct = default) =>
        db.EnforcementCases.AnyAsync(c => c.Id == id, ct);

    public async Task<List<TrackedDeadline>> DeadlinesAsync(EnforcementCase c, CancellationToken ct = default) =>
        CaseDeadlines.For(c, calc, await workflow.ExtensionsAsync<EnforcementCase>(c.Id, ct));

    public Task<List<TimelineEntry>> TimelineAsync(int id, CancellationToken ct = default) =>
        workflow.TimelineAsync<EnforcementCase>(id, ct);

    public bool CanWrite(EnforcementCase c) => db.Scope.CanWrite(c.UnitId, c.CreatedById);

    public Task<List<PowerStandard>> StandardsAsync(int powerId, CancellationToken ct = default) =>
        db.PowerStandards.AsNoTracking().Where(s => s.PowerId == powerId).OrderBy(s => s.Kind)
            .ThenBy(s => s.MinAmount).ThenBy(s => s.Id).ToListAsync(ct);

    /// <summary>The powers and officers a registration form offers: those of the caller's scope.</summary>
    public Task<List<EnforcementPower>> PowersAsync(CancellationToken ct = default) =>
        db.EnforcementPowers.AsNoTracking().Include(p => p.Unit).Where(p => CaseLabels.Kinds.Contains(p.Kind))
            .OrderBy(p => p.Unit!.Name).ThenBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync(ct);

    public Task<List<EnforcementOfficer>> CertifiedOfficersAsync(int? unitId, DateOnly on,
        CancellationToken ct = default) =>
        db.EnforcementOfficers.AsNoTracking().Include(o => o.Unit)
            .Where(OfficerRules.CertifiedOn(on))
            .Where(o => unitId == null || o.UnitId == unitId)
            .OrderBy(o => o.Unit!.Name).ThenBy(o => o.Name).ToListAsync(ct);

    public async Task<EnforcementCase> RegisterAsync(RegisterCaseRequest r, CancellationToken ct = default)
    {
        var c = r.ToCase();
        // A power outside the caller's scope is not found at all; the scope check comes before any other lookup,
        // so another agency's numbers and officers are neither refused nor revealed.
        var power = await db.EnforcementPowers.FirstOrDefaultAsync(p => p.Id == c.PowerId, ct)
                    ?? throw new DomainException(nameof(c.PowerId), "请从权责清单中选择执法事项");
        if (!db.Scope.CanRegisterFor(power.UnitId))
            throw new DomainException(nameof(c.UnitId),
                "无权为该单位登记执法案件（超出数据权限范围）");
        var ids = (r.HandlerIds ?? []).Distinct().ToArray();
        var officers = await db.EnforcementOfficers.Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        if (officers.Count != ids.Length) throw new DomainException("HandlerIds", "所选执法人员不存在");
        CaseRules.Register(c, power, officers, Today);
        if (await db.EnforcementCases.IgnoreQueryFilters().AnyAsync(x => x.UnitId == c.UnitId && x.Number == c.Number,
                ct))
            throw new DomainException(nameof(c.Number), $"本单位已有案号“{c.Number}”");
        CaseDeadlines.FixDecisionDue(c, calc);
        return await workflow.RegisterAsync(c, CaseSteps.Filed(c, power.Name, officers.Select(o => o.Name)), ct);
    }

    public Task<EnforcementCase> NotifyAsync(int id, NoticeRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            CaseRules.Notify(c, r.On, r.HearingNotified);
            return CaseSteps.Notified(c);
        }, ct);

    public Task<EnforcementCase> RequestHearingAsync(int id, CaseStepRequest r, CancellationToken ct = default) =>
        DatedAsync(id, r, CaseRules.RequestHearing, CaseSteps.HearingRequested, ct);

    public Task<EnforcementCase> HoldHearingAsync(int id, CaseStepRequest r, CancellationToken ct = default) =>
        DatedAsync(id, r, CaseRules.HoldHearing, CaseSteps.HearingHeld, ct);

    public async Task<EnforcementCase> RecuseAsync(int id, RecusalRequest r, CancellationToken ct = default)
    {
        var replacement = r.ReplacementId is { } rid
            ? await db.EnforcementOfficers.FirstOrDefaultAsync(o => o.Id == rid, ct)
              ?? throw new DomainException("ReplacementId", "所选执法人员不存在")
            : null;
        return await StepAsync(id, r.Version, c => CaseSteps.Recused(
            CaseRules.Recuse(c, r.HandlerId, r.Applicant, r.Reason ?? "", r.DecidedBy ?? "", r.On, replacement),
            replacement), ct);
    }

    public Task<EnforcementCase> ReviewAsync(int id, LegalReviewRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            CaseRules.LegalReview(c, r.On, r.Reviewer ?? "", r.Passed, r.Opinion);
            return CaseSteps.Reviewed(c);
        }, ct);

    /// <summary>Records the decision; returns the case and the 裁量基准 warning, if the fine is outside its
    /// band.</summary>
    public async Task<(EnforcementCase Case, string? Warning)> DecideAsync(int id, DecisionRequest r,
        CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
        var standards = await StandardsAsync(c.PowerId, ct);
        var hearingEnds = c is { HearingNotified: true, NotifiedOn: { } n }
            ? calc.Compute(CaseDeadlines.HearingRule, n).Due : null;
        string? warning = null;
        await workflow.StepAsync(c, r.Version, x =>
        {
            var active = CaseRules.Active(x).Select(h => h.Officer!).ToList();
            warning = CaseRules.Decide(x, r, standards, hearingEnds, active);
            if (CaseRules.IsPublished(x.Outcome!.Value))
                x.PublicityDue = calc.Compute(CaseDeadlines.PublicityRule(x.Kind), r.DecidedOn).Due;
            return CaseSteps.Decided(x, warning);
        }, ct);
        return (c, warning);
    }

    public async Task<EnforcementCase> ExtendCoercionAsync(int id, CoercionExtensionRequest r,
        CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
        var existing = await workflow.ExtensionsAsync<EnforcementCase>(id, ct);
        return await workflow.StepAsync(c, r.Version, x =>
        {
            var extension = CoercionRules.Extend(x, calc, existing, r.NewDue, r.Reason ?? "", r.Approver ?? "", Today);
            db.DeadlineExtensions.Add(extension);
            return CaseSteps.CoercionExtended(extension);
        }, ct);
    }

    public async Task<EnforcementCase> RecordTestingAsync(int id, TestingRequest r, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
        var key = CoercionRules.PeriodRule(c.Measure)?.Key;
        var extension = (await workflow.ExtensionsAsync<EnforcementCase>(id, ct)).LastOrDefault(e => e.RuleKey == key);
        return await workflow.StepAsync(c, r.Version, x =>
        {
            CoercionRules.RecordTesting(x, calc, extension, r.Kind, r.From, r.To, r.NotifiedOn, Today);
            return CaseSteps.Tested(x);
        }, ct);
    }

    public Task<EnforcementCase> DisposeAsync(int id, DisposalRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            CoercionRules.Dispose(c, r.On, r.Disposal);
            return CaseSteps.Disposed(c);
        }, ct);

    public Task<EnforcementCase> DeliverAsync(int id, DeliveryRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            CaseRules.Deliver(c, r.On, r.OnSpot);
            return CaseSteps.Delivered(c);
        }, ct);

    public Task<EnforcementCase> PublishAsync(int id, PublicationRequest r, CancellationToken ct = default) =>
        StepAsync(id, r.Version, c =>
        {
            CaseRules.Publish(c, r.On, r.Url);
            return CaseSteps.Published(c);
        }, ct);

    public Task<EnforcementCase> ExecuteAsync(int id, CaseStepRequest r, CancellationToken ct = default) =>
        DatedAsync(id, r, CaseRules.Execute, CaseSteps.Executed, ct);

    public Task<EnforcementCase> OverturnAsync(int id, CaseStepRequest r, CancellationToken ct = default) =>
        DatedAsync(id, r, CaseRules.Overturn, CaseSteps.Overturned, ct);

    public Task<EnforcementCase> WithdrawAsync(int id, CaseStepRequest r, CancellationToken ct = default) =>
        DatedAsync(id, r, CaseRules.Withdraw, CaseSteps.Withdrawn, ct);

    public Task<EnforcementCase> CloseAsync(int id, CaseStepRequest r, CancellationToken ct = default) =>
        DatedAsync(id, r, CaseRules.Close, CaseSteps.Closed, ct);

    /// <summary>Attaches an item of the 全过程记录 (第47条), its file bounded and hashed. The case is found
    /// first, so a case outside the caller's scope is not found whatever was sent.</summary>
    public async Task<EnforcementCase> AddRecordAsync(int id, RecordRequest r,
        (string Name, string ContentType, Stream Content)? file, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
        if (!Enum.IsDefined(r.Stage)) throw new DomainException("Stage", "请选择记录的环节");
        if (!Enum.IsDefined(r.Form)) throw new DomainException("Form", "请选择记录形式");
        var title = (r.Title ?? "").Trim();
        if (title.Length is 0 or > 200) throw new DomainException("Title", "请填写记录名称（200字以内）");
        if (r.RecordedOn > Today) throw new DomainException("RecordedOn", "记录日期不能晚于今天");
        var record = new ProcessRecord { Stage = r.Stage, Form = r.Form, Title = title, RecordedOn = r.RecordedOn };
        if (file is { } f)
        {
            var bytes = await BoundedUpload.ReadAsync(f.Content, MaxFileBytes, ct);
            record.FileName = Path.GetFileName(f.Name.Trim()) is { Length: > 0 and <= 200 } name ? name
                : throw new DomainException("File", "文件名无效或超过200字");
            record.ContentType = f.ContentType.Length is > 0 and <= 100 ? f.ContentType : "application/octet-stream";
            record.Size = bytes.Length;
            record.Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            record.File = new ProcessRecordFile { Content = bytes };
        }
        return await workflow.StepAsync(c, r.Version, x =>
        {
            NotBeforeFiling(x, r.RecordedOn);
            x.Records.Add(record);
            return CaseSteps.Recorded(record);
        }, ct);
    }

    static void NotBeforeFiling(EnforcementCase c, DateOnly on)
    {
        if (on < c.FiledOn) throw new DomainException("RecordedOn",
            $"记录日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
    }

    /// <summary>A record's file, when its case is in the caller's scope.</summary>
    public async Task<ProcessRecord?> FileAsync(int recordId, CancellationToken ct = default)
    {
        var record = await db.ProcessRecords.AsNoTracking().Include(r => r.File)
            .FirstOrDefaultAsync(r => r.Id == recordId && r.File != null, ct);
        return record is not null && await db.EnforcementCases.AnyAsync(c => c.Id == record.CaseId, ct) ? record : null;
    }

    public async Task<PowerStandard> AddStandardAsync(int powerId, StandardRequest r, CancellationToken ct = default)
    {
        var power = await db.EnforcementPowers.FirstOrDefaultAsync(p => p.Id == powerId, ct)
                    ?? throw new KeyNotFoundException(PowerService.NotFound);
        if (!db.Scope.CanWrite(power.UnitId, power.CreatedById))
            throw new DomainException("Circumstance", "该事项不在您的办理范围内，您只能查看");
        var s = StandardRules.Validate(power, r);
        s.CreatedById = db.Scope.OwnUserId;
        db.PowerStandards.Add(s);
        await db.SaveChangesAsync(ct);
        return s;
    }

    /// <summary>A step that is a date and nothing more.</summary>
    Task<EnforcementCase> DatedAsync(int id, CaseStepRequest r, Action<EnforcementCase, DateOnly> rule,
        Func<DateOnly, TimelineEvent> step, CancellationToken ct) =>
        StepAsync(id, r.Version, c =>
        {
            rule(c, r.On);
            return step(r.On);
        }, ct);

    async Task<EnforcementCase> StepAsync(int id, int version, Func<EnforcementCase, TimelineEvent> step,
        CancellationToken ct)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
        return await workflow.StepAsync(c, version, step, ct);
    }

    /// <summary>The agency's periods due soon or late: a decision, the service of a decision, publication, and the
    /// withdrawal of a decision overturned. The store returns only open cases that have one of these pending (a
    /// decision only once the shortest decision period, 20 working days, could end within the window), each
    /// branch read from one of the two partial indexes of open cases (an undecided case is never closed).</summary>
    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var filedBy = today.AddDays(TrackedDeadline.DueSoonDays - 20);
        var candidates = await db.EnforcementCases.AsNoTracking().Include(c => c.Unit).Include(c => c.Power)
            .Where(c => (c.DecidedOn == null && c.FiledOn <= filedBy && c.Status != CaseStatus.Closed
                         && (c.Kind == PowerKind.Penalty || c.Kind == PowerKind.Licensing))
                        || (c.DecidedOn != null && c.Status != CaseStatus.Closed
                            && ((c.Kind == PowerKind.Penalty && c.DeliveredOn == null)
                                || (c.PublicityDue != null && c.PublishedOn == null)))
                        || (c.OverturnedOn != null && c.PublishedOn != null && c.WithdrawnOn == null)
                        || (c.Measure != null && c.DecidedOn != null && c.DisposedOn == null
                            && c.Status != CaseStatus.Closed))
            .ToListAsync(ct);
        var extensions = await workflow.ExtensionsAsync<EnforcementCase>(candidates.Select(c => c.Id).ToArray(), ct);
        return candidates
            .SelectMany(c => CaseDeadlines.For(c, calc, extensions[c.Id].ToList())
                .Where(d => d.DoneOn is null && CaseDeadlines.IsAgencyDuty(d)).Select(d => (c, d)))
            .Select(x => (x.c, x.d, state: x.d.StateOn(today)))
            .Where(x => x.state is DeadlineState.DueSoon or DeadlineState.Overdue)
            .Select(x => new DueEntry("行政执法", x.c.Number, $"{x.c.PartyName}（{x.c.Power?.Name}）",
                x.c.Unit?.Name ?? "", x.d, x.state, $"/enforcement/cases/{x.c.Id}"))
            .ToList();
    }
}
