using System.Security.Cryptography;
using System.Text;

namespace Fazhi.Kernel.Audit;

/// <summary>Marks an entity whose every insert, update and delete is written to the audit chain; Version is its
/// optimistic-concurrency token.</summary>
public interface IAudited
{
    int Version { get; set; }
}

public enum AuditAction { Insert = 1, Update = 2, Delete = 3 }

/// <summary>One link of the append-only change log: who, when, what, before and after, chained by HMAC-SHA256 under
/// the audit key (AuditKey), so that a link can neither be edited nor re-hashed without the key.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";

    public const string Genesis = "GENESIS";

    public string ComputeHash(AuditKey key)
    {
        var text = string.Join('\u001f',
            PreviousHash,
            AtUtc.ToString("yyyy-MM-dd HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture),
            Actor, Entity, EntityId, (int)Action, Before ?? "", After ?? "");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(text)));
    }
}
