using System.Security.Cryptography;

namespace Fazhi.Kernel.Exchange;

/// <summary>An evidence file as it is kept: its bytes read within the limit, its name without a path (≤ 200 chars),
/// its content type, and its SHA-256 (hex), which shows later that the kept file is the one submitted.</summary>
public sealed record EvidenceFile(string Name, string ContentType, byte[] Content, string Sha256)
{
    public static async Task<EvidenceFile> ReadAsync((string Name, string ContentType, Stream Content) upload,
        long maxBytes, CancellationToken ct) =>
        Of(upload.Name, upload.ContentType,
            await BoundedUpload.ReadAsync(upload.Content, maxBytes, ct, "Evidence"));

    public static EvidenceFile Of(string name, string contentType, byte[] content) => new(
        Path.GetFileName(name.Trim()) is { Length: > 0 and <= 200 } n ? n
            : throw new DomainException("Evidence", "文件名无效或超过200字"),
        contentType.Length is > 0 and <= 100 ? contentType : "application/octet-stream",
        content, Convert.ToHexStringLower(SHA256.HashData(content)));
}
