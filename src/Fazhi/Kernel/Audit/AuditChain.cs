using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Audit;

/// <summary>Builds audit links for a save and verifies the chain afterwards.</summary>
public static class AuditChain
{
    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A change seen before the save; the key of an insert is read after it, when the store has assigned it.</summary>
    public record Pending(EntityEntry Entry, AuditAction Action, string? Before, string? KeyBefore)
    {
        public string Key => KeyBefore ?? KeyOf(Entry);
    }

    /// <summary>Secrets that never enter the log; a change to them still shows as an update of the user.</summary>
    static readonly HashSet<string> Redacted = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    public static List<Pending> Capture(ChangeTracker tracker) =>
        tracker.Entries().Where(e => e.Entity is IAudited or IdentityUserRole<string> && e.State is (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            .Select(e => new Pending(e, e.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Modified => AuditAction.Update,
                _ => AuditAction.Delete,
            }, e.State == EntityState.Added ? null : Snapshot(e, original: true), e.State == EntityState.Added ? null : KeyOf(e)))
            .ToList();

    public static string Snapshot(EntityEntry e, bool original)
    {
        var values = original ? e.OriginalValues : e.CurrentValues;
        var dict = new SortedDictionary<string, object?>();
        foreach (var p in values.Properties.Where(p => !Redacted.Contains(p.Name))) dict[p.Name] = values[p];
        return JsonSerializer.Serialize(dict, Json);
    }

    public static string KeyOf(EntityEntry e) =>
        string.Join(",", e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue));

    /// <summary>Recomputes every hash in order; returns null when intact, otherwise the first broken link.</summary>
    public static async Task<string?> VerifyAsync(FazhiDb db, CancellationToken ct = default)
    {
        var previous = AuditEntry.Genesis;
        long count = 0;
        await foreach (var a in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (a.PreviousHash != previous) return $"第{a.Id}条记录的前序哈希与上一条不符（链条在此断开）";
            if (a.ComputeHash() != a.Hash) return $"第{a.Id}条记录的内容与其哈希不符（记录被改动）";
            previous = a.Hash;
            count++;
        }
        return null;
    }
}
