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
        var created = !File.Exists(path) && TryCreate(path);
        return new AuditKey(ReadWhole(path), path, created);
    }

    /// <summary>Creates the key file with O_CREAT|O_EXCL, which exactly one of several processes starting at once
    /// wins; the others read the winner's key. (Moving a finished temporary file into place was seen to leave two
    /// processes starting together with different keys.)</summary>
    static bool TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(RandomNumberGenerator.GetBytes(Length));
            stream.Flush(flushToDisk: true);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>The key as written: a process that lost the race may find the winner's file still being written, so
    /// a short file is read again for up to two seconds before it is taken as it is (and refused if too short).
    /// </summary>
    static byte[] ReadWhole(string path)
    {
        var bytes = File.ReadAllBytes(path);
        for (var waited = 0; bytes.Length < Length && waited < 2000; waited += 10)
        {
            Thread.Sleep(10);
            bytes = File.ReadAllBytes(path);
        }
        return bytes;
    }
}
