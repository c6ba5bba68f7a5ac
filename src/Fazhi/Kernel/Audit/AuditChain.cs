using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Audit;

/// <summary>Builds audit links for a save and verifies the chain afterwards.</summary>
public static class AuditChain
{
    static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A change seen before the save; the key of an insert is read after it, when the store has assigned
    /// it.</summary>
    public record Pending(EntityEntry Entry, AuditAction Action, string? Before, string? KeyBefore)
    {
        public string Key => KeyBefore ?? KeyOf(Entry);
    }

    /// <summary>Secrets that never enter the log; a change to them still shows as an update of the user.</summary>
    static readonly HashSet<string> Redacted = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "UserStamp"];

    public static List<Pending> Capture(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.Entity is IAudited or IdentityUserRole<string>
                && e.State is (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            .Select(e => new Pending(
                e,
                e.State switch
                {
                    EntityState.Added => AuditAction.Insert,
                    EntityState.Modified => AuditAction.Update,
                    _ => AuditAction.Delete,
                },
                e.State == EntityState.Added ? null : Snapshot(e, original: true),
                e.State == EntityState.Added ? null : KeyOf(e)))
            .ToList();

    public static string Snapshot(EntityEntry e, bool original)
    {
        var values = original ? e.OriginalValues : e.CurrentValues;
        return Serialize(values.Properties.Select(p => (p.Name, values[p])));
    }

    /// <summary>The same snapshot for a record that is not tracked (bulk inserts).</summary>
    public static string Snapshot(
        IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IProperty> properties, object record) =>
        Serialize(properties.Select(p => (p.Name, p.PropertyInfo!.GetValue(record))));

    static string Serialize(IEnumerable<(string Name, object? Value)> values)
    {
        var dict = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values.Where(v => !Redacted.Contains(v.Name))) dict[name] = value;
        return JsonSerializer.Serialize(dict, Json);
    }

    /// <summary>The next link after <paramref name="previous"/>, its hash computed.</summary>
    public static AuditEntry Link(
        string previous, DateTime atUtc, string actor, string entity, string entityId, AuditAction action,
        string? before, string? after)
    {
        var entry = new AuditEntry
        {
            AtUtc = atUtc, Actor = actor, Entity = entity, EntityId = entityId, Action = action,
            Before = before, After = after, PreviousHash = previous,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>Now, to the microsecond that PostgreSQL keeps, so a stored time hashes as it was hashed.</summary>
    public static DateTime StorableNow()
    {
        var now = DateTime.UtcNow;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
    }

    /// <summary>The hash the next link must name; callers hold the store's write lock (see
    /// FazhiDb.LockAuditChainAsync).</summary>
    public static async Task<string> TailAsync(FazhiDb db, CancellationToken ct) =>
        await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct)
            ?? AuditEntry.Genesis;

    public static string KeyOf(EntityEntry e) =>
        string.Join(",", e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue));

    /// <summary>Recomputes every hash in order; returns null when intact, otherwise the first broken link.</summary>
    public static async Task<string?> VerifyAsync(FazhiDb db, CancellationToken ct = default)
    {
        var previous = AuditEntry.Genesis;
        long count = 0;
        await foreach (var a in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id)
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (a.PreviousHash != previous) return $"第{a.Id}条记录的前序哈希与上一条不符（链条在此断开）";
            if (a.ComputeHash() != a.Hash) return $"第{a.Id}条记录的内容与其哈希不符（记录被改动）";
            previous = a.Hash;
            count++;
        }
        return null;
    }
}
