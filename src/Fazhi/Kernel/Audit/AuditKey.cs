using System.Security.Cryptography;

namespace Fazhi.Kernel.Audit;

/// <summary>The secret that keys the audit chain's HMAC. It is kept outside the database — Audit:Key (base64), or
/// the file Audit:KeyFile (default data/audit.key, created on first use) — so that whoever can write the database
/// cannot re-hash a chain they have rewritten.</summary>
public sealed class AuditKey
{
    const int Length = 32;
    public const string DefaultFile = "data/audit.key";

    public byte[] Secret { get; }
    /// <summary>Where the key came from, for the start-up log (never the key itself).</summary>
    public string Source { get; }
    public bool Created { get; }

    public AuditKey(byte[] secret, string source, bool created = false)
    {
        if (secret.Length < Length) throw new ArgumentException($"审计密钥至少{Length}字节（{source}）");
        (Secret, Source, Created) = (secret, source, created);
    }

    public static AuditKey FromConfiguration(IConfiguration config)
    {
        if (config["Audit:Key"] is { Length: > 0 } configured)
        {
            try { return new AuditKey(Convert.FromBase64String(configured), "配置项 Audit:Key"); }
            catch (FormatException) { throw new ArgumentException("配置项 Audit:Key 应为 base64 " +
                "编码的密钥"); }
        }
        var path = Path.GetFullPath(config["Audit:KeyFile"] is { Length: > 0 } file ? file : DefaultFile);
        var created = false;
        if (!File.Exists(path)) created = TryCreate(path);
        return new AuditKey(File.ReadAllBytes(path), path, created);
    }

    /// <summary>Writes a new random key through a rename, so that two processes starting at once end up with the
    /// same key: the second rename fails and that process reads the first one's file.</summary>
    static bool TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options)) stream.Write(RandomNumberGenerator.GetBytes(Length));
        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return false;
        }
    }
}
