using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;
using ReportCheck = Fazhi.ReportReview.Review;
using Fazhi.ReportReview.Checks;

namespace Fazhi.Features.AnnualReport;

/// <summary>The yearly 法治政府建设年度报告 of each government and department: drafted from the figures, edited part by
/// part with the figures kept linked, checked by the platform's reviewer, submitted by its deadline and published.
/// </summary>
public sealed class YearReportService(FazhiDb db, CaseWorkflow workflow, FigureService figures, TimeProvider clock)
{
    public const string NotFound = "年度报告不存在或不在您的数据权限范围内";
    public const int MaxPart = 20_000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public Task<List<YearReport>> ListAsync(int year, CancellationToken ct = default) =>
        db.YearReports.AsNoTracking().Include(r => r.Unit).Where(r => r.Year == year).ToListAsync(ct);

    public Task<YearReport?> FindAsync(int id, CancellationToken ct = default) =>
        db.YearReports.Include(r => r.Unit).FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The units of the caller's scope that owe a report: governments, townships and departments.</summary>
    public async Task<List<Unit>> OwingUnitsAsync(CancellationToken ct = default) =>
        (await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Court).OrderBy(u => u.Path).ToListAsync(ct))
        .Where(u => db.Scope.Covers(u.Id)).ToList();

    public bool CanEdit(YearReport r) => r.SubmittedOn is null && db.Scope.CanWrite(r.UnitId, r.CreatedById);

    public bool CanPublish(YearReport r) => r.SubmittedOn is not null && db.Scope.CanWrite(r.UnitId, r.CreatedById);

    public bool MayDraft(int unitId) => db.Scope.CanRegisterFor(unitId);

    readonly Dictionary<(int, int), Dictionary<string, Figure>> _figures = [];

    /// <summary>The unit's figures for the report's year, by key; counted once per request (the service's scope).
    /// </summary>
    public async Task<Dictionary<string, Figure>> FiguresAsync(int unitId, int year, CancellationToken ct = default)
    {
        if (_figures.TryGetValue((unitId, year), out var known)) return known;
        var scope = await figures.ScopeAsync(unitId, year, ct);
        return _figures[(unitId, year)] = (await figures.AllAsync(scope, ct)).ToDictionary(f => f.Key);
    }

    /// <summary>Drafts the unit's report for a year (a year that has begun), once.</summary>
    public async Task<YearReport> DraftAsync(int unitId, int year, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !db.Scope.CanRegisterFor(unitId) || unit.Kind == UnitKind.Court)
            throw new DomainException("UnitId", "请选择您数据权限内应报送年度报告的单位");
        if (year < 2000 || year > Today.Year) throw new DomainException("Year", "报告年度应为本年或以前年度");
        if (await db.YearReports.IgnoreQueryFilters().AnyAsync(r => r.UnitId == unitId && r.Year == year, ct))
            throw new DomainException("Year", $"{unit.Name}{year}年度报告已起草");
        var parts = ReportDraft.Write(await figures.ScopeAsync(unitId, year, ct),
            await FiguresAsync(unitId, year, ct));
        var report = new YearReport
        {
            UnitId = unitId, Year = year, Title = $"{unit.Name}关于{year}年度法治政府建设情况的报告",
            DraftedOn = Today, CreatedById = db.Scope.OwnUserId,
        };
        foreach (var (part, text) in parts) report[part] = text;
        await workflow.RegisterAsync(report, new(Today, "起草", "由统计指标和业务记录生成初稿"), ct);
        return (await FindAsync(report.Id, ct))!; // with its unit, whose kind sets the deadline
    }

    /// <summary>Saves a part's prose as edited: the figures in it must stand as the records give them.</summary>
    public async Task<YearReport> SavePartAsync(int id, ReportPart part, int version, string text,
        CancellationToken ct = default)
    {
        var report = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (report.SubmittedOn is not null) throw new DomainException("Text", "报告已报送，不能修改");
        if (!Enum.IsDefined(part)) throw new DomainException("Part", "报告没有这一部分");
        var template = ReportTemplate.FromEditing(text, await FiguresAsync(report.UnitId, report.Year, ct), MaxPart);
        if (template.Length == 0) throw new DomainException("Text", "本部分不能为空（没有需要报告的事项时写“无。”）");
        return await workflow.StepAsync(report, version, r =>
        {
            r[part] = template;
            return new(Today, "修改", ReportLabels.Heading(part, r.Year));
        }, ct);
    }

    /// <summary>The report as printed: title, then each part's heading and paragraphs.</summary>
    public static string Text(YearReport r, IReadOnlyDictionary<string, Figure> figures) =>
        string.Join("\n", Enum.GetValues<ReportPart>().SelectMany(p =>
                ReportTemplate.Plain(r[p], figures).Split('\n').Prepend(ReportLabels.Heading(p, r.Year)))
            .Prepend(r.Title));

    public static ReportCheck Check(YearReport r, IReadOnlyDictionary<string, Figure> figures) =>
        ReportCheck.OfText(r.Title, Text(r, figures));

    /// <summary>报送: only a report the reviewer finds whole (all five parts) and without an arithmetic error.
    /// </summary>
    public async Task<YearReport> SubmitAsync(int id, int version, CancellationToken ct = default)
    {
        var report = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (report.SubmittedOn is not null) throw new DomainException("Version", "报告已报送");
        var review = Check(report, await FiguresAsync(report.UnitId, report.Year, ct));
        var problems = review.Parts.Where(p => !p.Present).Select(p => $"缺少“{p.Name}”")
            .Concat(review.Checks.Where(c => c.Verdict is Verdict.Inconsistent or Verdict.ConsistentButTruncated)
                .Select(c => $"计算不一致：{c.Quote}（{c.Explanation}）")).ToList();
        if (problems.Count > 0) throw new DomainException("Version", "报送前须通过平台评议：" + string.Join("；", problems));
        return await workflow.StepAsync(report, version, r =>
        {
            r.SubmittedOn = Today;
            return new(Today, "报送", r.SubmittedLate ? $"逾期报送（应于{r.DueOn:yyyy年M月d日}前报送）" : "按期报送");
        }, ct);
    }

    /// <summary>向社会公开: where (a web address) and when, after it was submitted.</summary>
    public async Task<YearReport> PublishAsync(int id, int version, string? url, DateOnly publishedOn,
        CancellationToken ct = default)
    {
        var report = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (report.SubmittedOn is not { } submitted) throw new DomainException("Url", "报告报送后才能登记公开");
        var address = (url ?? "").Trim();
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || address.Length > 500)
            throw new DomainException("Url", "请填写公开报告的网址（http:// 或 https:// 开头）");
        if (publishedOn < submitted || publishedOn > Today)
            throw new DomainException("PublishedOn", "公开日期应在报送之后、不晚于今天");
        return await workflow.StepAsync(report, version, r =>
        {
            (r.PublicationUrl, r.PublishedOn) = (address, publishedOn);
            return new(publishedOn, "公开", address);
        }, ct);
    }
}
