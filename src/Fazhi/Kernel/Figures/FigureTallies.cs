using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Figures;

/// <summary>A figure source's counts summed from per-unit tallies (<see cref="FigureTally"/>): each unit's counts are
/// kept with the unit's stamp and the day they were taken, and only units whose stamp or day has moved are counted
/// again. A province's year is then a sum over its units' tallies instead of a pass over millions of records.
/// </summary>
public static class FigureTallies
{
    const int RowsPerStatement = 500;

    /// <summary>Tallies hold every record of a unit; they stand for what the caller sees only when the caller sees
    /// every unit of the subtree whole (not 仅本人).</summary>
    public static bool Serve(DataScope caller, FigureScope scope)
    {
        if (caller.OwnUserId is not null) return false;
        if (caller.All) return true;
        var covered = caller.UnitIds.ToHashSet();
        return scope.SubtreeUnitIds.All(covered.Contains);
    }

    /// <summary>The sum over the scope's units of each unit's counts (length n), recounting the units whose tally is
    /// missing or out of date by count(units). The stamps are read before any counting, so a write committed while
    /// counting leaves its unit's tally older than its stamp, to be counted again next time. With turned(since,
    /// units) — the units with a record counting differently on the day than on `since` — a tally of an earlier
    /// day is carried to this one unless its unit turned.</summary>
    public static async Task<int[]> SumAsync(FazhiDb db, string area, FigureScope scope, DateOnly day, int n,
        Func<IReadOnlyList<int>, Task<IReadOnlyDictionary<int, int[]>>> count,
        Func<DateOnly, IReadOnlyList<int>, Task<IReadOnlySet<int>>>? turned, CancellationToken ct)
    {
        var units = scope.SubtreeUnitIds;
        var carries = turned is not null;
        var stamps = await db.UnitStamps.AsNoTracking().Where(s => units.Contains(s.UnitId))
            .ToDictionaryAsync(s => s.UnitId, s => s.Stamp, ct);
        var kept = await db.FigureTallies.AsNoTracking()
            .Where(t => t.Area == area && t.Year == scope.Year && units.Contains(t.UnitId)
                        && (t.Day == day || carries && t.Day < day))
            .ToListAsync(ct);
        var current = kept.Where(t => t.Stamp == stamps.GetValueOrDefault(t.UnitId))
            .Select(t => (t.UnitId, t.Day, Counts: Parse(t.Counts)))
            .Where(t => t.Counts.Length == n)
            .ToList();
        var carried = new HashSet<int>();
        foreach (var earlier in current.Where(t => t.Day < day).GroupBy(t => t.Day).ToList())
        {
            var turning = await turned!(earlier.Key, earlier.Select(t => t.UnitId).ToList());
            carried.UnionWith(earlier.Select(t => t.UnitId).Where(u => !turning.Contains(u)));
        }
        var counts = current.Where(t => t.Day == day || carried.Contains(t.UnitId))
            .ToDictionary(t => t.UnitId, t => t.Counts);
        var stale = units.Where(u => !counts.ContainsKey(u)).ToList();
        if (carried.Count > 0)
        {
            // Only the day moves: a tally a concurrent request has since stored for the day is left as it is.
            var (year, ids) = (scope.Year, carried.ToList());
            await db.FigureTallies.Where(t => t.Area == area && t.Year == year && t.Day < day && ids.Contains(t.UnitId))
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.Day, day), ct);
        }
        if (stale.Count > 0)
        {
            var recounted = await count(stale);
            var rows = stale.Select(u => (Unit: u, Counts: recounted.GetValueOrDefault(u) ?? new int[n])).ToList();
            await StoreAsync(db, area, scope.Year, day, rows.Select(r => (r.Unit, stamps.GetValueOrDefault(r.Unit),
                r.Counts)).ToList(), ct);
            foreach (var (unit, c) in rows) counts[unit] = c;
        }
        var sum = new int[n];
        foreach (var c in counts.Values)
            for (var i = 0; i < n; i++) sum[i] += c[i];
        return sum;
    }

    /// <summary>Writes the recounted tallies over whatever was kept; two requests recounting the same unit at once
    /// store the same counts.</summary>
    static async Task StoreAsync(FazhiDb db, string area, int year, DateOnly day,
        IReadOnlyList<(int Unit, long Stamp, int[] Counts)> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            // Integers of our own inline; the area and the day as parameters {0} and {1}.
            var values = string.Join(", ", chunk.Select(r =>
                $"({{0}}, {r.Unit}, {year}, {{1}}, {r.Stamp}, '{Format(r.Counts)}')"));
            var sql = "INSERT INTO \"FigureTallies\" " +
                "(\"Area\", \"UnitId\", \"Year\", \"Day\", \"Stamp\", \"Counts\") " +
                $"VALUES {values} ON CONFLICT (\"Area\", \"UnitId\", \"Year\") DO UPDATE SET " +
                "\"Day\" = excluded.\"Day\", \"Stamp\" = excluded.\"Stamp\", \"Counts\" = excluded.\"Counts\"";
            await db.Database.ExecuteSqlRawAsync(sql, [area, day], ct);
        }
    }

    static string Format(int[] counts) =>
        string.Join(",", counts.Select(c => c.ToString(CultureInfo.InvariantCulture)));

    static int[] Parse(string counts) => counts.Length == 0
        ? []
        : counts.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
}
