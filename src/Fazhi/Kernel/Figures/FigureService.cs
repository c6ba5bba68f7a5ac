using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Figures;

/// <summary>Finds the figure source for a key and resolves a unit to its subtree.</summary>
public class FigureService(FazhiDb db, IEnumerable<IFigureSource> sources)
{
    public IReadOnlyList<IFigureSource> Sources { get; } = sources.ToList();

    /// <summary>The unit's subtree for a year. A unit outside the caller's data scope is refused rather than counted
    /// over the part the caller can see, which would pass a partial count off as the unit's.</summary>
    public async Task<FigureScope> ScopeAsync(int unitId, int year, CancellationToken ct)
    {
        Calendar.Years.Span(year);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct)
                   ?? throw new KeyNotFoundException($"单位“{unitId}”不存在");
        if (!db.Scope.Covers(unit.Id))
            throw new UnauthorizedAccessException($"“{unit.Name}”超出您的数据权限范围，" +
                "不能查看其统计指标");
        var ids = await db.Units.Where(u => u.Path.StartsWith(unit.Path)).Select(u => u.Id).ToArrayAsync(ct);
        return new FigureScope(unit.Id, unit.Name, year, ids, ids.Length == await db.Units.CountAsync(ct));
    }

    public async Task<FigureScope> ScopeByCodeAsync(string code, int year, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking()
                       .FirstOrDefaultAsync(
                           u => u.DivisionCode == code || u.CreditCode == code || u.Id.ToString() == code, ct)
                   ?? throw new KeyNotFoundException($"找不到代码为“{code}”的单位");
        return await ScopeAsync(unit.Id, year, ct);
    }

    public async Task<IReadOnlyList<Figure>> AllAsync(FigureScope scope, CancellationToken ct)
    {
        var all = new List<Figure>();
        foreach (var s in Sources) all.AddRange(await s.ComputeAsync(scope, ct));
        return all;
    }

    /// <summary>The figures as served (from tallies where kept) that differ from a count over the records
    /// themselves: none, unless a write reached the store without moving its unit's stamp.</summary>
    public async Task<IReadOnlyList<(Figure Served, Figure Live)>> VerifyAsync(FigureScope scope, CancellationToken ct)
    {
        var served = await AllAsync(scope, ct);
        var live = await AllAsync(scope with { Live = true }, ct);
        return served.Zip(live).Where(p => p.First.Numerator != p.Second.Numerator
                                           || p.First.Denominator != p.Second.Denominator).ToList();
    }

    /// <summary>The most specific area wins: "reconsideration.respondent.x" belongs to that family, not to
    /// "reconsideration".</summary>
    public IFigureSource SourceOf(string key) =>
        Sources.Where(s => key.StartsWith(s.Area + ".")).MaxBy(s => s.Area.Length)
        ?? throw new KeyNotFoundException($"未知的统计指标“{key}”");
}
