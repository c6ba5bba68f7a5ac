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
        AuditKey key, string previous, DateTime atUtc, string actor, string entity, string entityId, AuditAction action,
        string? before, string? after)
    {
        var entry = new AuditEntry
        {
            AtUtc = atUtc, Actor = actor, Entity = entity, EntityId = entityId, Action = action,
            Before = before, After = after, PreviousHash = previous,
        };
        entry.Hash = entry.ComputeHash(key);
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

    /// <summary>The chain's head now, to be kept outside the database (`fazhi audit anchor`).</summary>
    public static async Task<AuditAnchor> AnchorAsync(FazhiDb db, CancellationToken ct = default) =>
        new(await db.AuditEntries.LongCountAsync(ct), await TailAsync(db, ct));

    /// <summary>Recomputes every link in order under the audit key; returns null when intact, otherwise the first
    /// break. With an anchor taken earlier it also finds links removed from the end and a chain rewritten with the
    /// key: the link at the anchor's position must still carry the anchor's hash.</summary>
    public static async Task<string?> VerifyAsync(
        FazhiDb db, AuditAnchor? anchor = null, CancellationToken ct = default)
    {
        var previous = AuditEntry.Genesis;
        long count = 0;
        await foreach (var a in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id)
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (a.PreviousHash != previous)
                return $"第{a.Id}条记录的前序哈希与上一条不符（链条在此断开）";
            if (a.ComputeHash(db.AuditKey) != a.Hash)
                return $"第{a.Id}条记录的内容与其哈希不符（记录被改动，" +
                    "或所用审计密钥不是写入时的密钥）";
            previous = a.Hash;
            if (++count == anchor?.Count && a.Hash != anchor.Value.Hash)
                return $"第{count}条记录的哈希与锚点不符（锚点之前的记录被改写）";
        }
        if (count < anchor?.Count) return $"审计日志只有{count}条，" +
            $"少于锚点记录的{anchor.Value.Count}条（记录被删除）";
        return null;
    }
}

/// <summary>The head of the audit chain: how many links it had and the last one's hash ("count:hash"). Kept away from
/// the database, it shows later whether links were removed from the end or the chain was rewritten.</summary>
public readonly record struct AuditAnchor(long Count, string Hash)
{
    public override string ToString() => $"{Count}:{Hash}";

    public static AuditAnchor Parse(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], out var count) || count < 0 || parts[1].Length == 0)
            throw new FormatException($"锚点“{text}”格式不对：应为 fazhi audit anchor " +
                "打印的“条数:哈希”");
        return new AuditAnchor(count, parts[1]);
    }
}
