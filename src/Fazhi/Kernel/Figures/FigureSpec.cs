using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;

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
        if (Tally is not null && !typeof(IAudited).IsAssignableFrom(typeof(T)))
            throw new InvalidOperationException($"{Area}：只有留痕的记录才能按单位保存计数");
        var counts = !scope.Live && Tally is { } tally && FigureTallies.Serve(tally.Db.Scope, scope)
                                         && !predicates.Any(p => ChildRows.In(p.Predicate))
            ? await FigureTallies.SumAsync(tally.Db, TallyKey(specs, predicates), scope, tally.Day, predicates.Count,
                units => CountByUnitAsync(tally, units, predicates, ct),
                tally.Turns is null ? null : (since, units) => TurnedAsync(tally, since, units, ct), ct)
            : await CountLiveAsync(scope, predicates, ct);
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

    /// <summary>Opt-in: counts kept per unit (<see cref="FigureTallies"/>). Only for a source of audited records
    /// (their saves move the stamps) whose predicates read nothing but the record's own columns and the day, and
    /// whose unit column is the record's owner.</summary>
    protected virtual Tallied? Tally => null;

    /// <summary>The store (its records are counted past every query filter), the unit that owns each record, and the
    /// day the counts are taken on (one fixed day for a source whose predicates never read today's date).</summary>
    protected sealed record Tallied(FazhiDb Db, Expression<Func<T, int>> Unit, DateOnly Day)
    {
        /// <summary>For predicates that read the day: (record, from, to) holds for a record that may count
        /// differently on day `to` than on day `from` (its period running out in between). A unit's counts of an
        /// earlier day are carried to the new one unless one of its records turns; without Turns, a new day counts
        /// every unit again.</summary>
        public Expression<Func<T, DateOnly, DateOnly, bool>>? Turns { get; init; }
    }

    /// <summary>The area with a fingerprint of what its figures count (each predicate as written, each definition
    /// with the settings it names): counts kept under an earlier definition are never summed with today's.</summary>
    string TallyKey(IReadOnlyList<FigureSpec<T>> specs,
        IReadOnlyList<(Expression<Func<T, bool>> Within, Expression<Func<T, bool>> Predicate)> predicates)
    {
        var text = string.Join("\n", predicates.Select(p => $"{p.Within}|{p.Predicate}")
            .Concat(specs.Select(s => s.Definition)));
        return $"{Area}#{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]}";
    }

    /// <summary>Each predicate counted over the caller's records in the scope.</summary>
    async Task<int[]> CountLiveAsync(FigureScope scope,
        IReadOnlyList<(Expression<Func<T, bool>> Within, Expression<Func<T, bool>> Predicate)> predicates,
        CancellationToken ct)
    {
        var counts = new int[predicates.Count];
        // Grouped by the window's instance: expressions compare by reference.
        foreach (var group in Enumerable.Range(0, predicates.Count).GroupBy(i => predicates[i].Within))
            await CountAsync(InScope(scope).Where(predicates[group.First()].Within),
                group.Select(i => (i, predicates[i].Predicate)).ToList(), counts, ct);
        return counts;
    }

    /// <summary>Each predicate counted over all records of each of the units, one pass per window grouped by unit.
    /// </summary>
    static async Task<IReadOnlyDictionary<int, int[]>> CountByUnitAsync(Tallied tally, IReadOnlyList<int> units,
        IReadOnlyList<(Expression<Func<T, bool>> Within, Expression<Func<T, bool>> Predicate)> predicates,
        CancellationToken ct)
    {
        var result = new Dictionary<int, int[]>();
        var ofUnits = OfUnits(tally, units);
        foreach (var group in Enumerable.Range(0, predicates.Count).GroupBy(i => predicates[i].Within))
        {
            var indexes = group.ToList();
            var rows = await tally.Db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(ofUnits)
                .Where(predicates[indexes[0]].Within).GroupBy(tally.Unit)
                .Select(CountByUnit(indexes.Select(i => predicates[i].Predicate))).ToListAsync(ct);
            foreach (var row in rows)
            {
                var counts = result.TryGetValue(row.Unit, out var c) ? c : result[row.Unit] = new int[predicates.Count];
                for (var k = 0; k < indexes.Count; k++) counts[indexes[k]] = row.Counts[k];
            }
        }
        return result;
    }

    /// <summary>The units among these with a record that turns between the day `since` and the tally's day.
    /// </summary>
    static async Task<IReadOnlySet<int>> TurnedAsync(Tallied tally, DateOnly since, IReadOnlyList<int> units,
        CancellationToken ct)
    {
        var turns = tally.Turns!;
        // The days as members of a constant, so the store receives them as parameters.
        var days = Expression.Constant(new Days(since, tally.Day));
        var body = ReplacingExpressionVisitor.Replace(turns.Parameters[1], Expression.Property(days, nameof(Days.From)),
            ReplacingExpressionVisitor.Replace(turns.Parameters[2], Expression.Property(days, nameof(Days.To)),
                turns.Body));
        var turning = Expression.Lambda<Func<T, bool>>(body, turns.Parameters[0]);
        return (await tally.Db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(OfUnits(tally, units))
            .Where(turning).Select(tally.Unit).Distinct().ToListAsync(ct)).ToHashSet();
    }

    /// <summary>record => units.Contains(record's unit).</summary>
    static Expression<Func<T, bool>> OfUnits(Tallied tally, IReadOnlyList<int> units)
    {
        var ids = Expression.Property(Expression.Constant(new Units(units)), nameof(Units.Ids));
        return Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], ids, tally.Unit.Body),
            tally.Unit.Parameters[0]);
    }

    sealed record Units(IReadOnlyList<int> Ids);

    sealed record Days(DateOnly From, DateOnly To);

    sealed class UnitCounts
    {
        public int Unit { get; init; }
        public int[] Counts { get; init; } = [];
    }

    /// <summary>g => new UnitCounts { Unit = g.Key, Counts = new[] { g.Count(p0), g.Count(p1), … } }</summary>
    static Expression<Func<IGrouping<int, T>, UnitCounts>> CountByUnit(
        IEnumerable<Expression<Func<T, bool>>> predicates)
    {
        var g = Expression.Parameter(typeof(IGrouping<int, T>), "g");
        return Expression.Lambda<Func<IGrouping<int, T>, UnitCounts>>(Expression.MemberInit(
            Expression.New(typeof(UnitCounts)),
            Expression.Bind(typeof(UnitCounts).GetProperty(nameof(UnitCounts.Unit))!,
                Expression.Property(g, nameof(IGrouping<int, T>.Key))),
            Expression.Bind(typeof(UnitCounts).GetProperty(nameof(UnitCounts.Counts))!,
                Expression.NewArrayInit(typeof(int), predicates.Select(p => Expression.Call(CountWhere, g, p))))), g);
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
