using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Normative;

/// <summary>A region's own filing period (行政区划代码 or its leading digits: "14" for a province, "140222" for a
/// county), with the provision that sets it.</summary>
public sealed class RegionalFiling
{
    public string Region { get; set; } = "";
    public int Days { get; set; }
    public string Basis { get; set; } = "";
}

public sealed class NormativeOptions
{
    public List<RegionalFiling> Filing { get; set; } = [];
}

/// <summary>Normative documents from drafting to filing review, evaluation and cleanup, with the library kept to the
/// documents in force.</summary>
public sealed partial class NormativeService(FazhiDb db, CaseWorkflow workflow, DeadlineCalculator calc,
    NormativeLibrary library, IOptions<NormativeOptions> options, TimeProvider clock) : IDueSource
{
    public const string NotFound = "规范性文件不存在或不在您的数据权限范围内";
    public const string CleanupNotFound = "清理工作不存在或不在您的数据权限范围内";
    public const int PageSize = 50;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public bool MayRegisterFor(int unitId) => db.Scope.CanRegisterFor(unitId);

    public bool CanWrite(ICaseRecord r) => db.Scope.CanWrite(r.UnitId, r.CreatedById);

    public Task<List<NormativeDocument>> ListAsync(NormativeFilter f, CancellationToken ct = default) =>
        Query(f).Include(d => d.Unit).OrderByDescending(d => d.Id)
            .Skip((Math.Max(f.Page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(ct);

    public Task<int> CountAsync(NormativeFilter f, CancellationToken ct = default) =>
        ListCount.UpToCapAsync(Query(f), ct);

    IQueryable<NormativeDocument> Query(NormativeFilter f)
    {
        var q = db.NormativeDocuments.AsNoTracking();
        if (f.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            q = q.Where(d => (d.IssuedOn >= from && d.IssuedOn <= to)
                || (d.IssuedOn == null && d.RegisteredOn >= from && d.RegisteredOn <= to));
        }
        if (f.State is { } state) q = q.Where(d => d.State == state);
        if (f.Unfiled) q = q.Where(d => d.IssuedOn != null && d.FiledOn == null);
        if (!string.IsNullOrWhiteSpace(f.Title)) q = q.Where(d => d.Title.Contains(f.Title.Trim()));
        return q;
    }

    public Task<NormativeDocument?> FindAsync(int id, CancellationToken ct = default) =>
        db.NormativeDocuments.Include(d => d.Unit).FirstOrDefaultAsync(d => d.Id == id, ct);

    public async Task<NormativeDocument> RegisterAsync(RegisterNormativeRequest r, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId && u.Kind != UnitKind.Court, ct)
            || !db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的制定机关");
        if (r.RegisteredOn > Today) throw new DomainException("RegisteredOn", "登记日期不能晚于今天");
        var d = new NormativeDocument
        {
            UnitId = r.UnitId, RegisteredOn = r.RegisteredOn,
            Title = RequiredText.Of(r.Title, "Title", "文件名称", 200),
            DraftingUnit = RequiredText.Of(r.DraftingUnit, "DraftingUnit", "起草单位", 100),
            Body = NormativeRules.Clean(r.Body, "Body", NormativeRules.MaxBody) ?? "",
        };
        return await workflow.RegisterAsync(d, new(d.RegisteredOn, "起草登记", $"{d.DraftingUnit}起草《{d.Title}》"), ct);
    }

    public async Task<NormativeDocument> StepAsync(int id, NormativeStepRequest r, CancellationToken ct = default)
    {
        var d = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var numbering = r.Step == NormativeStep.Issue ? await NumberAsync(d, r, ct) : null;
        var due = r.Step == NormativeStep.File ? (await FilingDeadlineAsync(d, ct))?.Due : null;
        await workflow.StepAsync(d, r.Version, x => NormativeRules.Apply(x, r, Today, numbering, due), ct);
        if (r.Step == NormativeStep.Issue) await library.IndexAsync(d, ct);
        await tx.CommitAsync(ct);
        return d;
    }

    /// <summary>三统一: the next 文号 of the 机关代字 in the year, and the region's next 统一登记号.</summary>
    async Task<Numbering> NumberAsync(NormativeDocument d, NormativeStepRequest r, CancellationToken ct)
    {
        var prefix = DocumentNumber.CheckPrefix(r.Prefix, "Prefix");
        var year = (r.On ?? Today).Year;
        var head = $"{prefix}〔{year}〕";
        var taken = await db.NormativeDocuments.IgnoreQueryFilters().Where(x => x.Number!.StartsWith(head))
            .Select(x => x.Number!).ToListAsync(ct);
        var next = taken.Select(n => DocumentNumber.Parse(n, "Prefix").Sequence).DefaultIfEmpty().Max() + 1;
        var region = await RegionAsync(d.UnitId, ct);
        var registered = $"{region}-{year}-";
        var count = await db.NormativeDocuments.IgnoreQueryFilters()
            .CountAsync(x => x.RegistrationNumber!.StartsWith(registered), ct);
        return new(new DocumentNumber(prefix, year, next).ToString(), $"{registered}{count + 1:000}");
    }

    /// <summary>The 行政区划代码 of the unit or its nearest ancestor that has one.</summary>
    async Task<string> RegionAsync(int unitId, CancellationToken ct)
    {
        var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(ct);
        var chain = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var codes = await db.Units.Where(u => chain.Contains(u.Id) && u.DivisionCode != null)
            .Select(u => new { u.Id, u.DivisionCode }).ToListAsync(ct);
        return codes.OrderByDescending(c => chain.IndexOf(c.Id)).Select(c => c.DivisionCode).FirstOrDefault()
            ?? "000000";
    }

    /// <summary>The filing period for the unit's region: the most specific configured region, else 30 days.</summary>
    public async Task<DeadlineRule> FilingRuleAsync(int unitId, CancellationToken ct = default)
    {
        var region = await RegionAsync(unitId, ct);
        return options.Value.Filing.Where(f => f.Region.Length > 0 && region.StartsWith(f.Region))
            .OrderByDescending(f => f.Region.Length).FirstOrDefault() is { } own
            ? NormativeRules.Filing with { Length = own.Days, LegalBasis = own.Basis }
            : NormativeRules.Filing;
    }

    public async Task<TrackedDeadline?> FilingDeadlineAsync(NormativeDocument d, CancellationToken ct = default) =>
        d.IssuedOn is { } issued ? calc.Track(await FilingRuleAsync(d.UnitId, ct), issued, d.FiledOn, []) : null;

    /// <summary>The government a document is filed with: the nearest government above its issuing body (a
    /// department's own government, a government's or a township's the one above).</summary>
    public async Task<string?> FilingBodyAsync(int unitId, CancellationToken ct = default)
    {
        var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(ct);
        var above = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)
            .Where(id => id != unitId).ToList();
        var governments = await db.Units.Where(u => above.Contains(u.Id) && u.Kind == UnitKind.Government)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return governments.OrderByDescending(g => above.IndexOf(g.Id)).Select(g => g.Name).FirstOrDefault();
    }

    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var unfiled = await db.NormativeDocuments.AsNoTracking().Include(d => d.Unit)
            .Where(d => d.IssuedOn != null && d.FiledOn == null && d.State == NormativeState.InForce)
            .OrderBy(d => d.IssuedOn).Take(500).ToListAsync(ct);
        var entries = new List<DueEntry>();
        var rules = new Dictionary<int, DeadlineRule>();
        foreach (var d in unfiled)
        {
            if (!rules.TryGetValue(d.UnitId, out var rule))
                rules[d.UnitId] = rule = await FilingRuleAsync(d.UnitId, ct);
            var deadline = calc.Track(rule, d.IssuedOn!.Value, null, []);
            if (deadline.StateOn(today) is DeadlineState.DueSoon or DeadlineState.Overdue)
                entries.Add(new("行政规范性文件", d.Number ?? "", $"报送备案：{d.Title}", d.Unit?.Name ?? "", deadline,
                    deadline.StateOn(today), $"/normative/{d.Id}"));
        }
        return entries;
    }
}

/// <summary>The documents list's filters.</summary>
public sealed record NormativeFilter(int? Year = null, NormativeState? State = null, bool Unfiled = false,
    string? Title = null, int Page = 1);
