using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Kernel.Figures;

/// <summary>A figure defined by the records it counts: a count (Numerator only) or a rate (Numerator ÷ Denominator, in %).</summary>
public sealed record FigureSpec<T>(string Key, string Label, string Unit, Expression<Func<T, bool>> Numerator, Expression<Func<T, bool>>? Denominator, string Definition);

/// <summary>The shared machinery of a figure source whose figures are counts over one record type.</summary>
public abstract class SpecFigureSource<T> : IFigureSource where T : class
{
    public const int PageSize = 50;
    public abstract string Area { get; }
    public abstract string AreaLabel { get; }

    /// <summary>The records of the scope's units (and subtree) that any figure of the year may count.</summary>
    protected abstract IQueryable<T> InScope(FigureScope scope);
    protected abstract IReadOnlyList<FigureSpec<T>> Specs(int year);
    protected abstract IQueryable<FigureRecordRow> Rows(IQueryable<T> records);

    public IReadOnlyList<(string Key, string Label)> Catalogue => Specs(2000).Select(s => (s.Key, s.Label)).ToList();

    public async Task<IReadOnlyList<Figure>> ComputeAsync(FigureScope scope, CancellationToken ct)
    {
        var result = new List<Figure>();
        foreach (var spec in Specs(scope.Year))
        {
            var numerator = await InScope(scope).CountAsync(spec.Numerator, ct);
            long? denominator = spec.Denominator is null ? null : await InScope(scope).CountAsync(spec.Denominator, ct);
            var value = denominator is { } d ? FigureMath.Percent(numerator, d) : numerator;
            result.Add(new Figure(spec.Key, spec.Label, value, spec.Unit, numerator, denominator, spec.Definition,
                FigureMath.Url(spec.Key, FigurePart.Records, scope),
                denominator is null ? null : FigureMath.Url(spec.Key, FigurePart.Numerator, scope),
                denominator is null ? null : FigureMath.Url(spec.Key, FigurePart.Denominator, scope)));
        }
        return result;
    }

    public async Task<FigureRecords> ListAsync(string key, FigurePart part, FigureScope scope, int page, CancellationToken ct)
    {
        var spec = Specs(scope.Year).FirstOrDefault(s => s.Key == key) ?? throw new KeyNotFoundException($"未知的统计指标“{key}”");
        var filter = part == FigurePart.Denominator
            ? spec.Denominator ?? throw new KeyNotFoundException($"指标“{spec.Label}”不是比率，没有分母")
            : spec.Numerator;
        var records = InScope(scope).Where(filter);
        var total = await records.CountAsync(ct);
        var rows = await Rows(records).Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var label = part switch { FigurePart.Numerator => $"{spec.Label}（分子）", FigurePart.Denominator => $"{spec.Label}（分母）", _ => spec.Label };
        return new FigureRecords(key, label, part, total, rows);
    }
}
