using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Notifications;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Rectification;

/// <summary>An item of a rectification list, step by step: the responsible unit records its measures and evidence
/// and asks for 销号; the 督察单位 closes the item or sends it back. Open items near or past their deadline are on
/// the due list of both.</summary>
public sealed class RectificationService(FazhiDb db, CaseWorkflow workflow, Notifier notifier, TimeProvider clock)
    : IDueSource
{
    public const string NotFound = "整改事项不存在或不在您的数据权限范围内";
    public const long MaxEvidenceBytes = 20_000_000;
    public const int MaxEvidenceFiles = 20;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<RectificationItem?> FindAsync(int id, CancellationToken ct = default) =>
        await db.RectificationItems.Include(i => i.Unit).FirstOrDefaultAsync(i => i.Id == id, ct) is { } item
            ? (await WithOversightsAsync([item], ct))[0] : null;

    /// <summary>The items of the caller's scope, open ones first by deadline.</summary>
    public async Task<List<RectificationItem>> ListAsync(bool openOnly, CancellationToken ct = default) =>
        await WithOversightsAsync(await db.RectificationItems.AsNoTracking().Include(i => i.Unit)
            .Where(i => !openOnly || i.State != RectificationState.Closed)
            .OrderBy(i => i.State == RectificationState.Closed).ThenBy(i => i.DueOn).ThenBy(i => i.Id)
            .ToListAsync(ct), ct);

    /// <summary>Each item's inspection, read past the scope: a responsible unit sees the inspection its items come
    /// from, though the inspection is the 督察单位's.</summary>
    async Task<List<RectificationItem>> WithOversightsAsync(List<RectificationItem> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.OversightId).Distinct().ToList();
        var oversights = await db.Oversights.IgnoreQueryFilters().AsNoTracking().Include(o => o.Unit)
            .Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        foreach (var i in items) i.Oversight = oversights[i.OversightId];
        return items;
    }

    public Task<List<KeptFileInfo>> EvidenceOfAsync(int itemId, CancellationToken ct = default) =>
        db.RectificationEvidence.AsNoTracking().Where(f => f.ItemId == itemId).OrderBy(f => f.Id)
            .Select(f => new KeptFileInfo(f.Id, f.Name, f.Size, f.Sha256, f.UploadedOn)).ToListAsync(ct);

    public bool CanRectify(RectificationItem i) =>
        i.State == RectificationState.Open && db.Scope.CanWrite(i.UnitId, i.CreatedById);

    public bool CanExtend(RectificationItem i) =>
        i.State != RectificationState.Closed && db.Scope.CanWrite(i.IssuerUnitId, null);

    public bool CanReview(RectificationItem i) =>
        i.State == RectificationState.Submitted && db.Scope.CanWrite(i.IssuerUnitId, null);

    public Task<RectificationItem> RecordMeasuresAsync(int id, ItemStepRequest r, CancellationToken ct = default) =>
        RectifyAsync(id, r.Version, i =>
        {
            var text = Required(r.Text, "请填写整改措施和进展");
            var corrected = i.Measures is not null;
            (i.Measures, i.MeasuresOn) = (text, Today);
            return new(Today, corrected ? "更新整改措施" : "制定整改措施", text);
        }, ct);

    public async Task<RectificationItem> AddEvidenceAsync(int id, int version,
        (string Name, string ContentType, Stream Content) file, CancellationToken ct = default)
    {
        var kept = await EvidenceFile.ReadAsync(file, MaxEvidenceBytes, ct);
        var count = await db.RectificationEvidence.CountAsync(f => f.ItemId == id, ct);
        return await RectifyAsync(id, version, i =>
        {
            if (count >= MaxEvidenceFiles)
                throw new DomainException("Evidence", $"每项最多{MaxEvidenceFiles}个佐证材料");
            var evidence = new RectificationEvidence
                { ItemId = i.Id, UnitId = i.UnitId, IssuerUnitId = i.IssuerUnitId };
            evidence.Keep(kept, Today);
            db.RectificationEvidence.Add(evidence);
            return new(Today, "上传佐证材料", $"{kept.Name}（{kept.Content.Length / 1024.0:0.#} KB）");
        }, ct);
    }

    /// <summary>申请销号: the measures recorded, the unit states what was done.</summary>
    public async Task<RectificationItem> SubmitAsync(int id, ItemStepRequest r, CancellationToken ct = default)
    {
        var item = await RectifyAsync(id, r.Version, i =>
        {
            if (i.Measures is null) throw new DomainException("Text", "请先填写整改措施，再申请销号");
            var text = Required(r.Text, "请说明整改完成情况");
            (i.State, i.SubmittedOn) = (RectificationState.Submitted, Today);
            return new(Today, "申请销号", text);
        }, ct);
        await notifier.NotifyUnitAsync(item.IssuerUnitId, $"rectification:{item.Id}:submit:{item.Version}",
            "整改事项申请销号", $"{item.Unit?.Name}申请销号：{RectificationLabels.Excerpt(item.Problem, 60)}",
            $"/rectification/items/{item.Id}", ct);
        return item;
    }

    /// <summary>销号 or 退回, the 督察单位's alone.</summary>
    public async Task<RectificationItem> ReviewAsync(int id, ReviewItemRequest r, CancellationToken ct = default)
    {
        var item = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!db.Scope.CanWrite(item.IssuerUnitId, null))
            throw new DomainException("Version", "销号由督察单位审核");
        if (item.State != RectificationState.Submitted)
            throw new DomainException("Version", "该事项未申请销号，不能审核");
        var text = (r.Text ?? "").Trim();
        if (!r.Accept && text.Length == 0) throw new DomainException("Text", "退回整改须说明理由");
        if (text.Length > OversightService.MaxText) throw new DomainException("Text", "审核意见不超过4000字");
        await workflow.StepAsync(item, r.Version, i =>
        {
            i.ReviewText = text.Length > 0 ? text : null;
            if (r.Accept)
            {
                (i.State, i.ClosedOn) = (RectificationState.Closed, Today);
                return new(Today, "销号", text.Length > 0 ? text : "审核通过，予以销号");
            }
            (i.State, i.SubmittedOn) = (RectificationState.Open, null);
            i.Returns++;
            return new(Today, "退回整改", text);
        }, ct);
        await notifier.NotifyUnitAsync(item.UnitId, $"rectification:{item.Id}:review:{item.Version}",
            r.Accept ? "整改事项已销号" : "整改事项被退回",
            $"{RectificationLabels.Excerpt(item.Problem, 60)}{(text.Length > 0 ? "：" + text : "")}",
            $"/rectification/items/{item.Id}", ct);
        return item;
    }

    /// <summary>延期整改, the 督察单位's alone: a later 整改时限 with its reason, kept beside the first one.</summary>
    public async Task<RectificationItem> ExtendAsync(int id, ExtendItemRequest r, CancellationToken ct = default)
    {
        var item = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!db.Scope.CanWrite(item.IssuerUnitId, null))
            throw new DomainException("Version", "整改时限由督察单位延期");
        if (item.State == RectificationState.Closed) throw new DomainException("Version", "该事项已销号，不能延期");
        if (r.NewDue is not { } due || due <= item.DueOn || due.Year > item.DueOn.Year + 5)
            throw new DomainException("NewDue", $"延期后的整改时限应晚于现时限{item.DueOn:yyyy-MM-dd}（五年以内）");
        var reason = Required(r.Reason, "请说明延期理由");
        var issuer = await db.Units.Where(u => u.Id == item.IssuerUnitId).Select(u => u.Name).FirstAsync(ct);
        await workflow.StepAsync(item, r.Version, i =>
        {
            var from = i.DueOn;
            (i.OriginalDueOn, i.DueOn) = (i.OriginalDueOn ?? from, due);
            db.DeadlineExtensions.Add(new DeadlineExtension
            {
                OwnerType = RectificationItem.OwnerType, OwnerId = i.Id, RuleKey = Rule.Key, NewDue = due,
                Reason = reason, Approver = $"{issuer}（{db.Scope.Actor}）", ApprovedOn = Today,
            });
            return new(Today, "延期整改", $"整改时限由{from:yyyy年M月d日}延至{due:yyyy年M月d日}：{reason}");
        }, ct);
        await notifier.NotifyUnitAsync(item.UnitId, $"rectification:{item.Id}:extend:{item.Version}",
            "整改时限已延期", $"{RectificationLabels.Excerpt(item.Problem, 60)}：整改时限延至{due:yyyy年M月d日}",
            $"/rectification/items/{item.Id}", ct);
        return item;
    }

    /// <summary>改派, the 督察单位's alone: an open item goes to another responsible unit of its scope, for the
    /// reason it states, as long as the first unit has filed no evidence (its files are its record and stay its own).
    /// The first unit's measures go with it; the timeline keeps them.</summary>
    public async Task<RectificationItem> ReassignAsync(int id, ReassignItemRequest r, CancellationToken ct = default)
    {
        var item = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!db.Scope.CanWrite(item.IssuerUnitId, null)) throw new DomainException("UnitId", "改派由督察单位决定");
        if (item.State != RectificationState.Open) throw new DomainException("Version", "只有整改中的事项可以改派");
        if (r.UnitId == item.UnitId) throw new DomainException("UnitId", "请选择另一个责任单位");
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == r.UnitId, ct);
        if (unit is null || unit.Kind == UnitKind.Court || !db.Scope.Covers(unit.Id))
            throw new DomainException("UnitId", "请选择您数据权限内的责任单位");
        if (await db.RectificationEvidence.AnyAsync(f => f.ItemId == id, ct))
            throw new DomainException("UnitId", $"{item.Unit?.Name}已上传佐证材料，不能改派");
        var reason = Required(r.Reason, "请说明改派理由");
        var from = item.Unit?.Name;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await workflow.StepAsync(item, r.Version, i =>
        {
            (i.Measures, i.MeasuresOn) = (null, null);
            return new(Today, "改派", $"责任单位由{from}改为{unit.Name}：{reason}");
        }, ct);
        // The unit is part of the key the evidence rows point to, which EF keeps fixed on a loaded row; the step
        // above has taken the version, so this update is the same step's.
        await db.RectificationItems.Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UnitId, unit.Id), ct);
        await tx.CommitAsync(ct);
        db.Entry(item).State = EntityState.Detached;
        var problem = RectificationLabels.Excerpt(item.Problem, 60);
        await notifier.NotifyUnitAsync(unit.Id, $"rectification:{id}:reassign:{item.Version}", "督察整改：改派交办",
            $"{problem}：由{from}改派你单位整改，时限{item.DueOn:yyyy年M月d日}", $"/rectification/items/{id}", ct);
        await notifier.NotifyUnitAsync(item.UnitId, $"rectification:{id}:reassigned:{item.Version}",
            "整改事项已改派", $"{problem}：已改由{unit.Name}整改（{reason}）", "/rectification", ct);
        return (await FindAsync(id, ct))!;
    }

    /// <summary>The extension granted last, with its reason and approver.</summary>
    public async Task<DeadlineExtension?> ExtensionAsync(int itemId, CancellationToken ct = default) =>
        (await workflow.ExtensionsAsync<RectificationItem>(itemId, ct)).LastOrDefault();

    async Task<RectificationItem> RectifyAsync(int id, int version, Func<RectificationItem, TimelineEvent> step,
        CancellationToken ct)
    {
        var item = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (item.State == RectificationState.Closed) throw new DomainException("Version", "该事项已销号");
        if (item.State == RectificationState.Submitted)
            throw new DomainException("Version", "该事项已申请销号，待督察单位审核");
        return await workflow.StepAsync(item, version, step, ct);
    }

    static string Required(string? text, string message) =>
        (text ?? "").Trim() is { Length: > 0 } t
            ? t.Length <= OversightService.MaxText ? t : throw new DomainException("Text", "不超过4000字")
            : throw new DomainException("Text", message);

    public Task<RectificationEvidence?> EvidenceAsync(int evidenceId, CancellationToken ct = default) =>
        db.RectificationEvidence.AsNoTracking().FirstOrDefaultAsync(f => f.Id == evidenceId, ct);

    /// <summary>The deadline as the due list and the item page show it: set by the 督察单位, nothing counted, and
    /// moved by the extension it granted last (<paramref name="granted"/>, read by the page for its reason).
    /// </summary>
    public static TrackedDeadline Deadline(RectificationItem i, DeadlineExtension? granted = null) =>
        new(new DeadlineResult(Rule, i.AssignedOn, i.OriginalDueOn ?? i.DueOn, false,
                [$"督察单位交办时确定的整改时限（{i.AssignedOn:yyyy-MM-dd}交办）"]),
            granted ?? (i.OriginalDueOn is null ? null : new DeadlineExtension { NewDue = i.DueOn }), i.ClosedOn);

    static readonly DeadlineRule Rule =
        new("rectification.due", "整改时限", 0, PeriodUnit.CalendarDay, "督察整改清单", "交办整改");

    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(TrackedDeadline.DueSoonDays);
        var items = await WithOversightsAsync(await db.RectificationItems.AsNoTracking().Include(i => i.Unit)
            .Where(i => i.State != RectificationState.Closed && i.DueOn <= soon).ToListAsync(ct), ct);
        return [.. items.Select(i => (i, d: Deadline(i))).Select(x => new DueEntry("督察整改",
            $"{RectificationLabels.Excerpt(x.i.Oversight!.Title, 16)}第{x.i.Number}项",
            RectificationLabels.Excerpt(x.i.Problem, 40), x.i.Unit?.Name ?? "", x.d, x.d.StateOn(today),
            $"/rectification/items/{x.i.Id}"))];
    }
}
