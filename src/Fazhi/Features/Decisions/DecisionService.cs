using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Decisions;

/// <summary>重大行政决策: each body's yearly directory of decision matters, and each decision through its procedures
/// to publication, execution and evaluation.</summary>
public sealed class DecisionService(FazhiDb db, CaseWorkflow workflow, DeadlineCalculator calc, TimeProvider clock)
{
    public const string NotFound = "重大行政决策不存在或不在您的数据权限范围内";
    public const string DirectoryNotFound = "决策事项目录不存在或不在您的数据权限范围内";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public bool MayRegisterFor(int unitId) => db.Scope.CanRegisterFor(unitId);

    public bool CanWrite(ICaseRecord r) => db.Scope.CanWrite(r.UnitId, r.CreatedById);

    public Task<List<DecisionDirectory>> DirectoriesAsync(CancellationToken ct = default) =>
        db.DecisionDirectories.AsNoTracking().Include(d => d.Unit).Include(d => d.Items)
            .OrderByDescending(d => d.Year).ThenBy(d => d.Unit!.Path).ToListAsync(ct);

    public Task<DecisionDirectory?> DirectoryAsync(int id, CancellationToken ct = default) =>
        db.DecisionDirectories.Include(d => d.Unit).Include(d => d.Items).FirstOrDefaultAsync(d => d.Id == id, ct);

    public async Task<DecisionDirectory> CreateDirectoryAsync(CreateDirectoryRequest r, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId, ct) || !db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的决策机关");
        if (r.Year < 2019 || r.Year > Today.Year + 1) throw new DomainException("Year", "年度有误");
        if (await db.DecisionDirectories.IgnoreQueryFilters().AnyAsync(d => d.UnitId == r.UnitId && d.Year == r.Year,
                ct))
            throw new DomainException("Year", $"{r.Year}年度决策事项目录已建立");
        return await workflow.RegisterAsync(new DecisionDirectory { UnitId = r.UnitId, Year = r.Year },
            new(Today, "编制目录", $"编制{r.Year}年度重大行政决策事项目录"), ct);
    }

    /// <summary>第3条第3款: the directory is published once the party committee at its level has agreed; a change
    /// afterwards states its reason, on the directory's timeline.</summary>
    public async Task<DecisionDirectory> DirectoryStepAsync(int id, DirectoryStepRequest r,
        CancellationToken ct = default)
    {
        var directory = await DirectoryAsync(id, ct) ?? throw new KeyNotFoundException(DirectoryNotFound);
        var reason = (r.Reason ?? "").Trim();
        var published = directory.PublishedOn is not null;
        if (published && reason.Length == 0 && r.Step is DirectoryStep.AddItem or DirectoryStep.RemoveItem)
            throw new DomainException("Reason", "目录已公布，调整须说明理由");
        if (r.Step == DirectoryStep.RemoveItem
            && await db.MajorDecisions.AnyAsync(x => x.DirectoryItemId == r.ItemId, ct))
            throw new DomainException("ItemId", "该事项已启动决策程序，不能移出目录");
        return await workflow.StepAsync(directory, r.Version, d => r.Step switch
        {
            DirectoryStep.AddItem => AddItem(d, r, reason),
            DirectoryStep.RemoveItem => RemoveItem(d, r, reason),
            DirectoryStep.Agree => Dated(r, d.AgreedOn is not null ? "已记录党委同意" : null, on =>
            {
                d.AgreedOn = on;
                return new(on, "党委同意", "决策事项目录经同级党委同意");
            }),
            DirectoryStep.Publish => Dated(r, published ? "目录已公布" : d.AgreedOn is null
                ? "决策事项目录经同级党委同意后方可公布（第3条第3款）" : d.Items.Count(i => i.RemovedOn is null) == 0
                    ? "目录中没有决策事项" : null, on =>
            {
                d.PublishedOn = on >= d.AgreedOn ? on : throw new DomainException("On", "公布日期不能早于党委同意日期");
                d.PublishedAs = RequiredText.Of(r.PublishedAs, "PublishedAs", "公布文号或网址", 200);
                return new(on, "公布目录",
                    $"以{d.PublishedAs}向社会公布决策事项{d.Items.Count(i => i.RemovedOn is null)}项");
            }),
            _ => throw new DomainException("Step", "未知的步骤"),
        }, ct);
    }

    TimelineEvent AddItem(DecisionDirectory d, DirectoryStepRequest r, string reason)
    {
        var item = new DirectoryItem
        {
            UnitId = d.UnitId, Title = RequiredText.Of(r.Title, "Title", "决策事项名称", 200),
            Category = r.Category is { } c && Enum.IsDefined(c) ? c
                : throw new DomainException("Category", "请选择决策事项类别（第3条第1款）"),
            LeadUnit = RequiredText.Of(r.LeadUnit, "LeadUnit", "决策承办单位", 100),
        };
        d.Items.Add(item);
        return new(Today, d.PublishedOn is null ? "列入目录" : "调整目录",
            $"增加决策事项“{item.Title}”（{item.LeadUnit}承办）" + (reason.Length > 0 ? $"：{reason}" : ""));
    }

    TimelineEvent RemoveItem(DecisionDirectory d, DirectoryStepRequest r, string reason)
    {
        var item = d.Items.FirstOrDefault(i => i.Id == r.ItemId && i.RemovedOn is null)
            ?? throw new DomainException("ItemId", "目录中没有该决策事项");
        if (d.PublishedOn is null) d.Items.Remove(item);
        else item.RemovedOn = Today;
        return new(Today, d.PublishedOn is null ? "移出目录" : "调整目录",
            $"移出决策事项“{item.Title}”" + (reason.Length > 0 ? $"：{reason}" : ""));
    }

    TimelineEvent Dated(DirectoryStepRequest r, string? refused, Func<DateOnly, TimelineEvent> apply)
    {
        if (refused is not null) throw new DomainException("Step", refused);
        var on = r.On ?? throw new DomainException("On", "请填写日期");
        return on <= Today ? apply(on) : throw new DomainException("On", "日期不能晚于今天");
    }

    public Task<List<MajorDecision>> ListAsync(int? year, CancellationToken ct = default) =>
        db.MajorDecisions.AsNoTracking().Include(d => d.Unit)
            .Where(d => year == null || d.RegisteredOn.Year == year
                || (d.MeetingOn != null && d.MeetingOn.Value.Year == year))
            .OrderByDescending(d => d.RegisteredOn).ThenByDescending(d => d.Id).Take(500).ToListAsync(ct);

    public Task<MajorDecision?> FindAsync(int id, CancellationToken ct = default) =>
        db.MajorDecisions.Include(d => d.Unit).FirstOrDefaultAsync(d => d.Id == id, ct);

    public async Task<MajorDecision> RegisterAsync(RegisterDecisionRequest r, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId, ct) || !db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的决策机关");
        if (r.RegisteredOn > Today) throw new DomainException("RegisteredOn", "登记日期不能晚于今天");
        var d = new MajorDecision
            { UnitId = r.UnitId, RegisteredOn = r.RegisteredOn, DirectoryItemId = r.DirectoryItemId };
        if (r.DirectoryItemId is { } itemId)
        {
            var item = await db.DecisionDirectoryItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId
                && i.UnitId == r.UnitId && i.RemovedOn == null, ct)
                ?? throw new DomainException("DirectoryItemId", "该决策机关的目录中没有这一事项");
            if (await db.MajorDecisions.AnyAsync(x => x.DirectoryItemId == itemId, ct))
                throw new DomainException("DirectoryItemId", "该目录事项已启动决策程序");
            (d.Title, d.Category, d.LeadUnit) = (item.Title, item.Category, item.LeadUnit);
        }
        else
        {
            d.Title = RequiredText.Of(r.Title, "Title", "决策事项名称", 200);
            d.Category = r.Category is { } c && Enum.IsDefined(c) ? c
                : throw new DomainException("Category", "请选择决策事项类别（第3条第1款）");
            d.LeadUnit = RequiredText.Of(r.LeadUnit, "LeadUnit", "决策承办单位", 100);
        }
        return await workflow.RegisterAsync(d, new(d.RegisteredOn, "启动决策程序",
            $"{d.Title}（{DecisionLabels.Category(d.Category)}；{d.LeadUnit}承办）" +
            (d.DirectoryItemId is null ? "" : "，列入年度决策事项目录")), ct);
    }

    public async Task<MajorDecision> StepAsync(int id, DecisionStepRequest r, CancellationToken ct = default)
    {
        var d = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        return await workflow.StepAsync(d, r.Version, x => DecisionRules.Apply(x, r, Today, calc), ct);
    }

    public const int MaxDocuments = 50;
    public const long MaxDocumentBytes = 20 * 1024 * 1024;

    /// <summary>The procedures a document can be archived under: each procedure, then 决策执行 and 决策后评估.</summary>
    public static IReadOnlyList<string> DocumentProcedures { get; } =
        [.. DecisionLabels.Procedures(new MajorDecision()).Select(p => p.Name), "决策执行", "决策后评估"];

    public async Task<List<(string Procedure, KeptFileInfo File)>> DocumentsOfAsync(int decisionId,
        CancellationToken ct = default)
    {
        var rows = await db.DecisionDocuments.AsNoTracking().Where(f => f.DecisionId == decisionId).OrderBy(f => f.Id)
            .Select(f => new { f.Procedure, Info = new KeptFileInfo(f.Id, f.Name, f.Size, f.Sha256, f.UploadedOn) })
            .ToListAsync(ct);
        return [.. rows.Select(x => (x.Procedure, x.Info))];
    }

    public Task<DecisionDocument?> DocumentAsync(int id, CancellationToken ct = default) =>
        db.DecisionDocuments.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>Archives a procedure's document with the decision (留痕), on its timeline.</summary>
    public async Task<MajorDecision> AddDocumentAsync(int id, int version, string? procedure,
        (string Name, string ContentType, Stream Content) file, CancellationToken ct = default)
    {
        var d = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!DocumentProcedures.Contains(procedure ?? ""))
            throw new DomainException("Procedure", $"请选择材料所属的程序：{string.Join("、", DocumentProcedures)}");
        var kept = await EvidenceFile.ReadAsync(file, MaxDocumentBytes, ct);
        var count = await db.DecisionDocuments.CountAsync(f => f.DecisionId == id, ct);
        return await workflow.StepAsync(d, version, x =>
        {
            if (count >= MaxDocuments) throw new DomainException("Evidence", $"每项决策最多归档{MaxDocuments}份材料");
            var document = new DecisionDocument { DecisionId = x.Id, UnitId = x.UnitId, Procedure = procedure! };
            document.Keep(kept, Today);
            db.DecisionDocuments.Add(document);
            return new(Today, "归档材料", $"{procedure}：{kept.Name}（{kept.Content.Length / 1024.0:0.#} KB）");
        }, ct);
    }

    /// <summary>The legality review's earliest day for an opinion, while the review runs.</summary>
    public DateOnly? EarliestOpinion(MajorDecision d) => d.LegalitySentOn is { } sent && d.LegalityOn is null
        ? calc.Compute(DecisionRules.LegalityReview, sent).Due : null;
}
