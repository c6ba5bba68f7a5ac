using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Notifications;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Rectification;

/// <summary>督察: an inspection registered by its 督察单位, the problems its feedback lists, and the rectification
/// list drawn up from them — each item given to a responsible unit with a deadline.</summary>
public sealed partial class OversightService(FazhiDb db, CaseWorkflow workflow, Notifier notifier,
    TimeProvider clock)
{
    public const string NotFound = "督察不存在或不在您的数据权限范围内";
    public const int MaxFindingsPerAdd = 1000, MaxText = 4000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public Task<List<Oversight>> ListAsync(CancellationToken ct = default) =>
        db.Oversights.AsNoTracking().Include(o => o.Unit).Include(o => o.Items).Include(o => o.Findings)
            .AsSplitQuery().OrderByDescending(o => o.StartOn).ThenByDescending(o => o.Id).ToListAsync(ct);

    /// <summary>The inspection with the findings and items the caller sees: the 督察单位 all of them, a responsible
    /// unit the inspection's header and its own items (the inspection is not in its scope, its items are).</summary>
    public async Task<Oversight?> FindAsync(int id, CancellationToken ct = default)
    {
        var items = await db.RectificationItems.Include(i => i.Unit).Where(i => i.OversightId == id)
            .OrderBy(i => i.Number).ToListAsync(ct);
        if (items.Count == 0 && !await db.Oversights.AnyAsync(o => o.Id == id, ct)) return null;
        var oversight = await db.Oversights.IgnoreQueryFilters().Include(o => o.Unit)
            .FirstAsync(o => o.Id == id, ct);
        oversight.Findings = await db.OversightFindings.Where(f => f.OversightId == id).OrderBy(f => f.Number)
            .ToListAsync(ct);
        oversight.Items = items;
        return oversight;
    }

    public bool CanManage(Oversight o) => db.Scope.CanWrite(o.UnitId, o.CreatedById);

    /// <summary>Whether the caller may record an inspection held by the unit.</summary>
    public bool MayHold(int unitId) => db.Scope.CanRegisterFor(unitId);

    /// <summary>The units the caller may give an item to: those of its scope, courts aside.</summary>
    public async Task<List<Unit>> AssignableUnitsAsync(CancellationToken ct = default) =>
        (await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Court).OrderBy(u => u.Path).ToListAsync(ct))
        .Where(u => db.Scope.Covers(u.Id)).ToList();

    public async Task<Oversight> CreateAsync(CreateOversightRequest r, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId, ct) || !db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的督察单位");
        var oversight = new Oversight
        {
            UnitId = r.UnitId, Title = RequiredText.Of(r.Title, "Title", "督察名称", 200),
            Kind = RectificationLabels.Kinds.Contains(r.Kind) ? r.Kind
                : throw new DomainException("Kind", $"督察类型应为{string.Join("、", RectificationLabels.Kinds)}之一"),
            Scope = RequiredText.Of(r.Scope, "Scope", "督察范围", 2000),
            StartOn = r.StartOn, EndOn = r.EndOn >= r.StartOn ? r.EndOn
                : throw new DomainException("EndOn", "结束日期不能早于开始日期"),
            Inspectors = (r.Inspectors ?? "").Trim() is { Length: <= 1000 } who ? who
                : throw new DomainException("Inspectors", "督察组成员不超过1000字"),
        };
        return await workflow.RegisterAsync(oversight, new(Today, "登记督察",
            $"{oversight.Kind}：{oversight.Title}（{oversight.StartOn:yyyy-MM-dd}至{oversight.EndOn:yyyy-MM-dd}）"),
            ct);
    }

    /// <summary>Records the feedback's problems, numbered on from those already there.</summary>
    public async Task<Oversight> AddFindingsAsync(int id, AddFindingsRequest r, CancellationToken ct = default)
    {
        var oversight = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        var lines = (r.Text ?? "").Split('\n').Select(l => Numbering().Replace(l, "").Trim())
            .Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) throw new DomainException("Text", "请填写督察发现的问题，每行一个");
        if (lines.Count > MaxFindingsPerAdd)
            throw new DomainException("Text", $"一次最多登记{MaxFindingsPerAdd}个问题，本次{lines.Count}个");
        if (lines.FindIndex(l => l.Length > MaxText) is var tooLong and >= 0)
            throw new DomainException("Text", $"第{tooLong + 1}个问题超过{MaxText}字");
        var next = oversight.Findings.Select(f => f.Number).DefaultIfEmpty().Max() + 1;
        return await workflow.StepAsync(oversight, r.Version, o =>
        {
            o.Findings.AddRange(lines.Select((text, i) =>
                new OversightFinding { UnitId = o.UnitId, Number = next + i, Text = text }));
            return new(Today, "登记问题", $"登记督察发现问题{lines.Count}个（第{next}至{next + lines.Count - 1}号）");
        }, ct);
    }

    /// <summary>Turns findings into items of the rectification list, each with its responsible unit and deadline,
    /// and tells the unit.</summary>
    public async Task<List<RectificationItem>> DrawUpAsync(int id, DrawUpItemsRequest r, CancellationToken ct = default)
    {
        var oversight = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        var chosen = Findings(oversight, r.Findings);
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId, ct) || !db.Scope.Covers(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的责任单位");
        if (r.DueOn < Today) throw new DomainException("DueOn", "整改时限不能早于今天");
        var problem = (r.Problem ?? "").Trim();
        if (problem.Length > MaxText) throw new DomainException("Problem", $"问题表述不超过{MaxText}字");
        if (chosen.Count == 0 && problem.Length == 0)
            throw new DomainException("Problem", "请选择督察发现的问题，或填写整改问题");
        var groups = r.Merge || chosen.Count <= 1 ? [chosen] : chosen.Select(f => new List<OversightFinding> { f });
        var worded = groups.Select(g => (Findings: g, Problem: problem.Length > 0 && (r.Merge || chosen.Count <= 1)
            ? problem : string.Join("；", g.Select(f => f.Text)))).ToList();
        var unit = await db.Units.FirstAsync(u => u.Id == r.UnitId, ct);
        return await AssignAsync(oversight, r.Version, [.. worded.Select(w => new Draft(w.Findings, w.Problem,
            r.UnitId, r.DueOn))], $"向{unit.Name}交办整改问题{worded.Count}项，整改时限{r.DueOn:yyyy年M月d日}" +
            (chosen.Count > 0 ? $"（督察问题第{string.Join("、", chosen.Select(f => f.Number))}号）" : ""), ct);
    }

    /// <summary>An item about to be drawn up: the findings it takes in, its wording, unit and deadline.</summary>
    sealed record Draft(List<OversightFinding> Findings, string Problem, int UnitId, DateOnly DueOn);

    /// <summary>Adds the items to the list in one transaction, the inspection's step first (so a stale form adds
    /// nothing), and tells each unit once.</summary>
    async Task<List<RectificationItem>> AssignAsync(Oversight oversight, int version, List<Draft> drafts,
        string summary, CancellationToken ct)
    {
        var number = oversight.Items.Select(i => i.Number).DefaultIfEmpty().Max();
        var unitIds = drafts.Select(d => d.UnitId).Distinct().ToList();
        var names = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await workflow.StepAsync(oversight, version, _ => new(Today, "制定整改清单", summary), ct);
        var items = drafts.Select(d => new RectificationItem
        {
            OversightId = oversight.Id, IssuerUnitId = oversight.UnitId, UnitId = d.UnitId, Number = ++number,
            Problem = d.Problem, AssignedOn = Today, DueOn = d.DueOn, CreatedById = db.Scope.OwnUserId,
        }).ToList();
        db.RectificationItems.AddRange(items);
        await db.SaveChangesAsync(ct);
        foreach (var (item, draft) in items.Zip(drafts))
        {
            foreach (var f in draft.Findings) f.ItemId = item.Id;
            db.Timeline.Add(workflow.Entry<RectificationItem>(item.Id, new(Today, "交办整改",
                $"{oversight.Title}第{item.Number}项交{names[item.UnitId]}整改，时限{item.DueOn:yyyy年M月d日}")));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var given in items.GroupBy(i => i.UnitId))
            await notifier.NotifyUnitAsync(given.Key, $"rectification:{oversight.Id}:{given.First().Id}",
                $"督察整改：{oversight.Title}", $"交办整改问题{given.Count()}项，最早整改时限" +
                $"{given.Min(i => i.DueOn):yyyy年M月d日}。", given.Count() == 1
                    ? $"/rectification/items/{given.First().Id}" : $"/rectification/{oversight.Id}", ct);
        return items;
    }

    static List<OversightFinding> Findings(Oversight o, IReadOnlyList<int>? numbers)
    {
        var chosen = new List<OversightFinding>();
        foreach (var n in (numbers ?? []).Distinct())
        {
            var f = o.Findings.FirstOrDefault(f => f.Number == n)
                ?? throw new DomainException("Findings", $"本次督察没有第{n}号问题");
            if (f.ItemId is not null) throw new DomainException("Findings", $"第{n}号问题已列入整改清单");
            chosen.Add(f);
        }
        return chosen;
    }

    /// <summary>Numbering as feedback documents write it: 1. 1、 （1） (一) 一、 ①.</summary>
    [GeneratedRegex(@"^\s*(?:[（(][0-9一二三四五六七八九十百]+[)）]|[0-9一二三四五六七八九十百]+[.、．)）]|[①-⑳])\s*")]
    private static partial Regex Numbering();
}
