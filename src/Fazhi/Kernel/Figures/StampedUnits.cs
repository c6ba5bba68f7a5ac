using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Figures;

/// <summary>Moves the stamps of the units whose records a write touches (<see cref="UnitStamp"/>). Which
/// properties name a record's owning units is what its feature declares for the data scope.</summary>
public static class StampedUnits
{
    static readonly ConcurrentDictionary<Type, string[]> Owners = new();

    public static void Register(Type record, IEnumerable<string> unitProperties) =>
        Owners[record] = [.. unitProperties];

    /// <summary>The owning units of changed entries, before and after the change (a record moved to another unit
    /// changes both units' counts).</summary>
    public static HashSet<int> Of(IEnumerable<EntityEntry> entries)
    {
        var units = new HashSet<int>();
        foreach (var entry in entries)
        {
            if (!Owners.TryGetValue(entry.Metadata.ClrType, out var properties)) continue;
            foreach (var name in properties)
            {
                var property = entry.Property(name);
                if (entry.State != EntityState.Added && property.OriginalValue is int before) units.Add(before);
                if (entry.State != EntityState.Deleted && property.CurrentValue is int after) units.Add(after);
            }
        }
        return units;
    }

    public static HashSet<int> Of<T>(IEnumerable<T> records) where T : class
    {
        var units = new HashSet<int>();
        if (!Owners.TryGetValue(typeof(T), out var properties)) return units;
        var getters = properties.Select(p => typeof(T).GetProperty(p)!).ToList();
        foreach (var record in records)
            foreach (var getter in getters)
                if (getter.GetValue(record) is int unit) units.Add(unit);
        return units;
    }

    /// <summary>One statement for any number of units, inside the writer's transaction; both stores know
    /// INSERT … ON CONFLICT.</summary>
    public static async Task BumpAsync(FazhiDb db, IReadOnlyCollection<int> units, CancellationToken ct)
    {
        if (units.Count == 0) return;
        // Integers only: nothing from input reaches the text of the statement.
        var rows = string.Join(", ", units.Order().Select(u => $"({u}, 1)"));
        var sql = $"INSERT INTO \"UnitStamps\" (\"UnitId\", \"Stamp\") VALUES {rows} " +
                  "ON CONFLICT (\"UnitId\") DO UPDATE SET \"Stamp\" = \"UnitStamps\".\"Stamp\" + 1";
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
