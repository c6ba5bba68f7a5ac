using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Kernel.Figures;

/// <summary>A figure defined by the records it counts: a count (Numerator only) or a rate (Numerator ÷ Denominator,
/// in %).</summary>
public sealed record FigureSpec<T>(
    string Key, string Label, string Unit, Expression<Func<T, bool>> Numerator,
    Expression<Func<T, bool>>? Denominator, string Definition)
{
    /// <summary>The records both predicates are taken within, typically one date column's year, so that the store
    /// counts a group of figures from one index range; null: the predicates stand alone, within the source's
    /// Window. Specs sharing one instance are counted in one pass.</summary>
    public Expression<Func<T, bool>>? Within { get; init; }
}

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

    /// <summary>All figures of the year in one pass over the records of each window (one COUNT(CASE WHEN …) per
    /// numerator and denominator); a predicate over child rows is counted on its own, where the store plans it as a
    /// semi-join instead of a subquery per row.</summary>
    public async Task<IReadOnlyList<Figure>> ComputeAsync(FigureScope scope, CancellationToken ct)
    {
        var specs = Specs(scope.Year);
        var window = Window(scope.Year);
        var predicates = specs
            .SelectMany(s => (s.Denominator is null ? [s.Numerator] : new[] { s.Numerator, s.Denominator })
                .Select(p => (Within: s.Within ?? window, Predicate: p)))
            .ToList();
        var counts = new int[predicates.Count];
        // Grouped by the window's instance: expressions compare by reference.
        foreach (var group in Enumerable.Range(0, predicates.Count).GroupBy(i => predicates[i].Within))
            await CountAsync(InScope(scope).Where(predicates[group.First()].Within),
                group.Select(i => (i, predicates[i].Predicate)).ToList(), counts, ct);
        var result = new List<Figure>();
        var n = 0;
        foreach (var spec in specs)
        {
            long numerator = counts[n++];
            long? denominator = spec.Denominator is null ? null : counts[n++];
            var value = denominator is { } d ? FigureMath.Percent(numerator, d) : numerator;
            result.Add(new Figure(spec.Key, spec.Label, value, spec.Unit, numerator, denominator, spec.Definition,
                FigureMath.Url(spec.Key, FigurePart.Records, scope),
                denominator is null ? null : FigureMath.Url(spec.Key, FigurePart.Numerator, scope),
                denominator is null ? null : FigureMath.Url(spec.Key, FigurePart.Denominator, scope)));
        }
        return result;
    }

    /// <summary>Counts the predicates over the records into counts[index]: the simple ones in one pass, each over
    /// child rows on its own.</summary>
    static async Task CountAsync(IQueryable<T> records,
        IReadOnlyList<(int Index, Expression<Func<T, bool>> Predicate)> predicates, int[] counts, CancellationToken ct)
    {
        var simple = predicates.Where(p => !ChildRows.In(p.Predicate)).ToList();
        var onePass = simple.Count == 0
            ? []
            : await records.GroupBy(_ => 1).Select(CountAll(simple.Select(p => p.Predicate)))
                .FirstOrDefaultAsync(ct) ?? new int[simple.Count];
        for (var k = 0; k < simple.Count; k++) counts[simple[k].Index] = onePass[k];
        foreach (var (index, predicate) in predicates.Where(p => ChildRows.In(p.Predicate)))
            counts[index] = await records.CountAsync(predicate, ct);
    }

    /// <summary>Records that can count in any figure of the year without a window of its own; narrows the one pass
    /// (every such spec implies it). A source whose specs all name their window keeps this default.</summary>
    protected virtual Expression<Func<T, bool>> Window(int year) => _ => true;

    /// <summary>Finds predicates that look into child collections (x.Children.Any(…)).</summary>
    sealed class ChildRows : ExpressionVisitor
    {
        bool _found;
        public static bool In(Expression e) { var v = new ChildRows(); v.Visit(e); return v._found; }
        protected override Expression VisitMethodCall(MethodCallExpression m)
        {
            _found |= m.Method.DeclaringType == typeof(Enumerable);
            return base.VisitMethodCall(m);
        }
    }

    static readonly System.Reflection.MethodInfo CountWhere = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(T));

    /// <summary>g => new[] { g.Count(p0), g.Count(p1), … }</summary>
    static Expression<Func<IGrouping<int, T>, int[]>> CountAll(IEnumerable<Expression<Func<T, bool>>> predicates)
    {
        var g = Expression.Parameter(typeof(IGrouping<int, T>), "g");
        return Expression.Lambda<Func<IGrouping<int, T>, int[]>>(
            Expression.NewArrayInit(typeof(int), predicates.Select(p => Expression.Call(CountWhere, g, p))), g);
    }

    public async Task<FigureRecords> ListAsync(
        string key, FigurePart part, FigureScope scope, int page, CancellationToken ct)
    {
        var spec = Specs(scope.Year).FirstOrDefault(s => s.Key == key)
            ?? throw new KeyNotFoundException($"未知的统计指标“{key}”");
        var filter = part == FigurePart.Denominator
            ? spec.Denominator ?? throw new KeyNotFoundException($"指标“{spec.Label}”不是比率，没有分母")
            : spec.Numerator;
        var records = (spec.Within is { } within ? InScope(scope).Where(within) : InScope(scope)).Where(filter);
        var total = await records.CountAsync(ct);
        var rows = await Rows(records).Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var label = part switch
        {
            FigurePart.Numerator => $"{spec.Label}（分子）",
            FigurePart.Denominator => $"{spec.Label}（分母）",
            _ => spec.Label,
        };
        return new FigureRecords(key, label, part, total, rows);
    }
}
