using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Disputes;

/// <summary>矛盾纠纷化解: mediation organisations and their mediators, and each dispute from receipt to its outcome
/// and 司法确认. Open cases near or past a month are on the due list.</summary>
public sealed partial class DisputeService(FazhiDb db, CaseWorkflow workflow, DeadlineCalculator calc,
    TimeProvider clock) : IDueSource
{
    public const string NotFound = "纠纷案件不存在或不在您的数据权限范围内";
    public const string OrganisationNotFound = "调解组织不存在或不在您的数据权限范围内";
    public const int PageSize = 50, MaxText = 4000, MaxMediators = 500;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public Task<List<MediationOrganisation>> OrganisationsAsync(CancellationToken ct = default) =>
        db.MediationOrganisations.AsNoTracking().Include(o => o.Unit).Include(o => o.Mediators)
            .OrderBy(o => o.Level).ThenBy(o => o.Unit!.Path).ThenBy(o => o.Name).ToListAsync(ct);

    /// <summary>Whether the caller may register an organisation with the unit.</summary>
    public bool MayRegisterWith(int unitId) => db.Scope.CanRegisterFor(unitId);

    public bool CanWrite(DisputeCase c) => db.Scope.CanWrite(c.UnitId, c.CreatedById);

    public async Task<MediationOrganisation> CreateOrganisationAsync(CreateOrganisationRequest r,
        CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId && u.Kind != UnitKind.Court, ct)
            || !db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的单位");
        if (!Enum.IsDefined(r.Level)) throw new DomainException("Level", "请选择调解组织的层级");
        var name = RequiredText.Of(r.Name, "Name", "调解组织名称", 100);
        if (await db.MediationOrganisations.AnyAsync(o => o.UnitId == r.UnitId && o.Name == name, ct))
            throw new DomainException("Name", $"本单位已登记“{name}”");
        var organisation = new MediationOrganisation
        {
            UnitId = r.UnitId, Name = name, Level = r.Level, CreatedById = db.Scope.OwnUserId,
            Mediators = MediatorsOf(r.Mediators, r.UnitId),
        };
        db.MediationOrganisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>Adds mediators to an organisation, one per line ("张三（专职）").</summary>
    public async Task<MediationOrganisation> AddMediatorsAsync(int id, AddMediatorsRequest r,
        CancellationToken ct = default)
    {
        var organisation = await db.MediationOrganisations.Include(o => o.Mediators).Include(o => o.Unit)
            .FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new KeyNotFoundException(OrganisationNotFound);
        if (!db.Scope.CanWrite(organisation.UnitId, organisation.CreatedById))
            throw new DomainException("Mediators", "该调解组织不在您的办理范围内，您只能查看");
        if (organisation.Version != r.Version)
            throw new DbUpdateConcurrencyException("该调解组织已被他人修改，请刷新页面后重试");
        var added = MediatorsOf(r.Mediators, organisation.UnitId);
        if (added.Count == 0) throw new DomainException("Mediators", "请填写调解员姓名，每行一人");
        if (organisation.Mediators.Count + added.Count > MaxMediators)
            throw new DomainException("Mediators", $"每个调解组织最多登记{MaxMediators}名调解员");
        organisation.Mediators.AddRange(added);
        db.Entry(organisation).Property(o => o.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    static List<Mediator> MediatorsOf(string? text, int unitId) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l =>
        {
            var fullTime = l.EndsWith("（专职）") || l.EndsWith("(专职)");
            var name = fullTime ? l[..^4].Trim() : l;
            return name.Length is > 0 and <= 50 ? new Mediator { UnitId = unitId, Name = name, FullTime = fullTime }
                : throw new DomainException("Mediators", $"调解员姓名“{name}”应为1至50字");
        })];

    public async Task<(List<DisputeCase> Rows, int Total)> PageAsync(DisputeFilter f, CancellationToken ct = default)
    {
        var q = Query(f);
        return (await q.Include(c => c.Unit).Include(c => c.Organisation).OrderByDescending(c => c.ReceivedOn)
                .ThenByDescending(c => c.Id).Skip((Math.Max(1, f.Page) - 1) * PageSize).Take(PageSize)
                .ToListAsync(ct),
            await ListCount.UpToCapAsync(q, ct));
    }

    IQueryable<DisputeCase> Query(DisputeFilter f)
    {
        var q = db.DisputeCases.AsNoTracking();
        if (f.Year is { } year)
            q = q.Where(c => c.ReceivedOn >= new DateOnly(year, 1, 1) && c.ReceivedOn <= new DateOnly(year, 12, 31));
        if (f.Level is { } level) q = q.Where(c => c.Level == level);
        if (f.OrganisationId is { } org) q = q.Where(c => c.OrganisationId == org);
        if (f.Outcome == "pending") q = q.Where(c => c.Outcome == null);
        else if (Enum.TryParse<DisputeOutcome>(f.Outcome, true, out var outcome))
            q = q.Where(c => c.Outcome == outcome);
        return q;
    }

    /// <summary>The year's disputes of each organisation in the caller's scope: received, resolved, still open.
    /// </summary>
    /// <summary>How many organisations a list page tallies one by one; a wider scope (a city's, a province's) reads
    /// its numbers by level from 统计指标, which keeps them counted.</summary>
    public const int MaxTallied = 100;

    /// <summary>The year's disputes of each organisation in scope, or null when there are more than MaxTallied.
    /// </summary>
    public async Task<List<OrganisationTally>?> TallyAsync(int year, CancellationToken ct = default)
    {
        if (await db.MediationOrganisations.CountAsync(ct) > MaxTallied) return null;
        var counts = await Query(new DisputeFilter(year, null, null, null)).GroupBy(c => c.OrganisationId)
            .Select(g => new
            {
                Id = g.Key, Received = g.Count(), Resolved = g.Count(c => c.Outcome == DisputeOutcome.Resolved),
                Open = g.Count(c => c.Outcome == null),
            }).ToDictionaryAsync(x => x.Id, ct);
        return [.. (await OrganisationsAsync(ct)).Select(o => counts.TryGetValue(o.Id, out var n)
            ? new OrganisationTally(o, n.Received, n.Resolved, n.Open) : new OrganisationTally(o, 0, 0, 0))];
    }

    public Task<DisputeCase?> FindAsync(int id, CancellationToken ct = default) =>
        db.DisputeCases.Include(c => c.Unit).Include(c => c.Organisation).FirstOrDefaultAsync(c => c.Id == id, ct);

    public List<TrackedDeadline> Deadlines(DisputeCase c) => DisputeDeadlines.For(c, calc);

    public async Task<DisputeCase> RegisterAsync(RegisterDisputeRequest r, CancellationToken ct = default)
    {
        var organisation = await db.MediationOrganisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == r.OrganisationId, ct);
        if (organisation is null || !db.Scope.CanRegisterFor(organisation.UnitId))
            throw new DomainException("OrganisationId", "请选择您数据权限内的调解组织");
        var c = Draft(r, organisation, Today);
        c.Number = await NextNumberAsync(organisation.Id, c.ReceivedOn.Year, 0, ct);
        return await workflow.RegisterAsync(c, new(c.ReceivedOn, "受理纠纷",
            $"{organisation.Name}受理{c.Kind}纠纷（{DisputeLabels.Source(c.Source)}" +
            (c.SourceReference is { } reference ? $"，{reference}" : "") + "）"), ct);
    }

    /// <summary>A registration checked against the rules that hold for a form and for a row of an imported 台账.
    /// </summary>
    static DisputeCase Draft(RegisterDisputeRequest r, MediationOrganisation organisation, DateOnly today)
    {
        if (!DisputeLabels.Kinds.Contains(r.Kind))
            throw new DomainException("Kind", $"纠纷类型应为{string.Join("、", DisputeLabels.Kinds)}之一");
        if (!Enum.IsDefined(r.Source)) throw new DomainException("Source", "请选择纠纷来源");
        if (r.ReceivedOn > today) throw new DomainException("ReceivedOn", "受理日期不能晚于今天");
        if (r.ReceivedOn.Year < 2000) throw new DomainException("ReceivedOn", "受理日期有误");
        var reference = (r.SourceReference ?? "").Trim();
        if (r.Source != DisputeSource.Party && reference.Length == 0)
            throw new DomainException("SourceReference", "法院推送或复议机构转入的纠纷，请填写来源案号");
        if (reference.Length > 100) throw new DomainException("SourceReference", "来源案号不超过100字");
        if ((organisation.Level == OrganisationLevel.AdministrativeCentre) != (r.Kind == "行政争议"))
            throw new DomainException("Kind", organisation.Level == OrganisationLevel.AdministrativeCentre
                ? "行政争议协调化解中心受理的纠纷类型为“行政争议”" : "行政争议由行政争议协调化解中心受理");
        return new DisputeCase
        {
            UnitId = organisation.UnitId, OrganisationId = organisation.Id, Level = organisation.Level,
            Kind = r.Kind, Parties = RequiredText.Of(r.Parties, "Parties", "当事人", 500),
            Summary = RequiredText.Of(r.Summary, "Summary", "纠纷简要情况", MaxText), ReceivedOn = r.ReceivedOn,
            Source = r.Source, SourceReference = reference.Length > 0 ? reference : null,
        };
    }

    /// <summary>"（2026）调字第12号": one more than the organisation's cases of the year (plus those being added).
    /// </summary>
    async Task<string> NextNumberAsync(int organisationId, int year, int adding, CancellationToken ct)
    {
        var count = await db.DisputeCases.IgnoreQueryFilters().CountAsync(c => c.OrganisationId == organisationId
            && c.ReceivedOn >= new DateOnly(year, 1, 1) && c.ReceivedOn <= new DateOnly(year, 12, 31), ct);
        return $"（{year}）调字第{count + adding + 1}号";
    }

    public async Task<DisputeCase> StepAsync(int id, DisputeStepRequest r, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        return await workflow.StepAsync(c, r.Version, x => DisputeRules.Apply(x, r, Today, calc), ct);
    }

    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        // A month and a week: only a case received before then can be near its month.
        var since = today.AddMonths(-1).AddDays(TrackedDeadline.DueSoonDays + 3);
        var open = await db.DisputeCases.AsNoTracking().Include(c => c.Unit).Include(c => c.Organisation)
            .Where(c => c.Outcome == null && c.ReceivedOn <= since).OrderBy(c => c.ReceivedOn).Take(500)
            .ToListAsync(ct);
        return [.. open.Select(c => (c, d: calc.Track(DisputeDeadlines.Mediation, c.ReceivedOn, null, [])))
            .Select(x => new DueEntry("矛盾纠纷化解", x.c.Number, $"{x.c.Kind}：{x.c.Parties}",
                x.c.Organisation?.Name ?? x.c.Unit?.Name ?? "", x.d, x.d.StateOn(today), $"/disputes/{x.c.Id}"))
            .Where(e => e.State is DeadlineState.DueSoon or DeadlineState.Overdue)];
    }
}

/// <summary>Adds mediators to an organisation as shown at <paramref name="Version"/>.</summary>
public sealed record AddMediatorsRequest(int Version, string? Mediators);

/// <summary>An organisation's disputes of a year: received, resolved (调解成功), still in mediation.</summary>
public sealed record OrganisationTally(MediationOrganisation Organisation, int Received, int Resolved, int Open)
{
    public string Rate => Received == 0 ? "—" : $"{Fazhi.Kernel.Figures.FigureMath.Percent(Resolved, Received):0.##}%";
}
