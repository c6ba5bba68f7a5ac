using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Assessment;

/// <summary>Indicator systems and their trees: created (or copied from an earlier year), edited node by node or
/// taken whole from Excel, and fixed once an assessment runs on them.</summary>
public sealed partial class IndicatorService(FazhiDb db, FigureService figureService)
{
    public const string NotFound = "指标体系不存在或不在您的数据权限范围内";
    const string IndicatorNotFound = "指标不存在或不在您的数据权限范围内";

    /// <summary>Every figure a leaf may be scored from, key → label.</summary>
    public IReadOnlyDictionary<string, string> Figures { get; } = figureService.Sources
        .SelectMany(s => s.Catalogue.Select(c => (c.Key, Label: $"{s.AreaLabel}·{c.Label}")))
        .ToDictionary(c => c.Key, c => c.Label);

    public Task<List<IndicatorSystem>> ListAsync(CancellationToken ct = default) =>
        db.IndicatorSystems.AsNoTracking().Include(s => s.Unit).Include(s => s.Indicators)
            .OrderByDescending(s => s.Year).ThenBy(s => s.Id).ToListAsync(ct);

    public Task<IndicatorSystem?> FindAsync(int id, CancellationToken ct = default) =>
        db.IndicatorSystems.Include(s => s.Unit).Include(s => s.Indicators).FirstOrDefaultAsync(s => s.Id == id, ct);

    public bool CanEdit(IndicatorSystem s) => db.Scope.CanWrite(s.UnitId, s.CreatedById);

    public bool MayAssess(int unitId) => db.Scope.CanRegisterFor(unitId);

    /// <summary>A system on which an assessment runs is fixed: its scores refer to its indicators.</summary>
    public Task<bool> IsFixedAsync(int id, CancellationToken ct = default) =>
        db.Assessments.IgnoreQueryFilters().AnyAsync(a => a.SystemId == id, ct);

    public async Task<IndicatorSystem> CreateAsync(CreateSystemRequest r, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId, ct) || !db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的考核单位");
        Kernel.Calendar.Years.Span(r.Year);
        var system = new IndicatorSystem
        {
            UnitId = r.UnitId, Year = r.Year, Name = RequiredText.Of(r.Name, "Name", "指标体系名称", 200),
            Audience = RequiredText.Of(r.Audience, "Audience", "考核对象", 100), CreatedById = db.Scope.OwnUserId,
        };
        if (r.CopyFromId is { } from)
        {
            var source = await FindAsync(from, ct) ?? throw new DomainException("CopyFromId", NotFound);
            system.Indicators = Copy(new IndicatorTree(source.Indicators).Roots, r.UnitId);
        }
        db.IndicatorSystems.Add(system);
        await db.SaveChangesAsync(ct);
        return system;
    }

    /// <summary>New indicators for the nodes, each tied to its new parent (the store orders the inserts).</summary>
    static List<Indicator> Copy(IEnumerable<IndicatorNode> nodes, int unitId, Indicator? parent = null) =>
        nodes.SelectMany((n, k) =>
        {
            var i = new Indicator
            {
                UnitId = unitId, Parent = parent, Position = k + 1, Text = n.Indicator.Text,
                Points = n.Indicator.Points, Method = n.Indicator.Method, FigureKey = n.Indicator.FigureKey,
                Target = n.Indicator.Target, PerEvent = n.Indicator.PerEvent, Standard = n.Indicator.Standard,
            };
            return Copy(n.Children, unitId, i).Prepend(i);
        }).ToList();

    async Task<IndicatorSystem> EditableAsync(int systemId, CancellationToken ct)
    {
        var system = await FindAsync(systemId, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!CanEdit(system)) throw new DomainException("SystemId", "该指标体系不在您的办理范围内，您只能查看");
        if (await IsFixedAsync(systemId, ct))
            throw new DomainException("SystemId", "已按该指标体系开展考核，指标不能再修改；可复制为新的年度版本");
        return system;
    }

    void Check(IndicatorRequest r, bool leaf)
    {
        if (IndicatorRules.Check(r, leaf, Figures) is [var (field, message), ..])
            throw new DomainException(field, message);
    }

    /// <summary>Adds an indicator at the end of its parent's children; a leaf that gains a child becomes a branch,
    /// worth the sum of its children from then on.</summary>
    public async Task<Indicator> AddAsync(int systemId, IndicatorRequest r, CancellationToken ct = default)
    {
        var system = await EditableAsync(systemId, ct);
        var parent = r.ParentId is { } pid
            ? system.Indicators.FirstOrDefault(i => i.Id == pid) ?? throw new DomainException("ParentId", "上级指标不在本体系中")
            : null;
        Check(r, leaf: true);
        var indicator = new Indicator
        {
            SystemId = system.Id, UnitId = system.UnitId, ParentId = parent?.Id,
            Position = system.Indicators.Where(i => i.ParentId == parent?.Id).Select(i => i.Position)
                .DefaultIfEmpty().Max() + 1,
        };
        IndicatorRules.Apply(indicator, r, leaf: true);
        if (parent is not null) IndicatorRules.Apply(parent, Keep(parent), leaf: false);
        system.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return indicator;
    }

    static IndicatorRequest Keep(Indicator i) =>
        new(i.ParentId, i.Text, i.Points, i.Method, i.FigureKey, i.Target, i.PerEvent, i.Standard);

    /// <summary>Changes an indicator; with <paramref name="inSystem"/> (the page of that system), an indicator of any
    /// other is a bad choice on the form rather than a missing record.</summary>
    public async Task<Indicator> UpdateAsync(int indicatorId, IndicatorRequest r, int? inSystem = null,
        CancellationToken ct = default)
    {
        var systemId = await SystemOfAsync(indicatorId, inSystem, ct);
        var system = await EditableAsync(systemId, ct);
        var indicator = system.Indicators.Single(i => i.Id == indicatorId);
        var leaf = system.Indicators.All(i => i.ParentId != indicatorId);
        Check(r, leaf);
        IndicatorRules.Apply(indicator, r, leaf);
        await db.SaveChangesAsync(ct);
        return indicator;
    }

    /// <summary>Removes an indicator with everything below it.</summary>
    public async Task DeleteAsync(int indicatorId, int? inSystem = null, CancellationToken ct = default)
    {
        var systemId = await SystemOfAsync(indicatorId, inSystem, ct);
        var system = await EditableAsync(systemId, ct);
        var node = new IndicatorTree(system.Indicators).Find(indicatorId)!;
        // Children first: each row's parent key must still hold when it goes.
        foreach (var n in node.SelfAndBelow().Reverse()) db.Indicators.Remove(n.Indicator);
        await db.SaveChangesAsync(ct);
    }

    async Task<int> SystemOfAsync(int indicatorId, int? inSystem, CancellationToken ct)
    {
        var systemId = await db.Indicators.Where(i => i.Id == indicatorId).Select(i => (int?)i.SystemId)
            .FirstOrDefaultAsync(ct);
        if (inSystem is not null && systemId != inSystem)
            throw new DomainException("IndicatorId", "请选择本指标体系中的指标");
        return systemId ?? throw new KeyNotFoundException(IndicatorNotFound);
    }
}
