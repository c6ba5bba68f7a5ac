namespace Fazhi.Kernel.Exchange;

/// <summary>An uploaded file read into memory up to a limit: a larger or empty one is the uploader's error, named
/// against the form's file field.</summary>
public static class BoundedUpload
{
    public static async Task<byte[]> ReadAsync(Stream content, long maxBytes, CancellationToken ct,
        string field = "File")
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new DomainException(field, $"文件超过{maxBytes / 1_000_000} MB，未保存");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new DomainException(field, "文件为空");
        return buffer.ToArray();
    }
}
