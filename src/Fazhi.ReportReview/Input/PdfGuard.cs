using System.IO.Compression;

namespace Fazhi.ReportReview.Input;

/// <summary>Measures what a PDF's compressed streams unpack to before the PDF is opened, the way PackageGuard does for
/// .docx: a stream of a few kilobytes can inflate to gigabytes, and PdfPig would unpack it whole into
/// memory.</summary>
static class PdfGuard
{
    const long MaxStream = 64L * 1024 * 1024, MaxTotal = 256L * 1024 * 1024;

    public static string? Check(byte[] bytes)
    {
        long total = 0;
        var data = bytes.AsSpan();
        for (var at = data.IndexOf("stream"u8); at >= 0;)
        {
            var start = at + "stream".Length;
            if (start < data.Length && data[start] == '\r') start++;
            if (start < data.Length && data[start] == '\n') start++;
            var end = data[start..].IndexOf("endstream"u8);
            if (end < 0) break;
            // "endstream" itself contains "stream": look for the next one after it.
            var size = Unpacked(bytes, start, end, MaxStream + 1);
            if (size > MaxStream) return $"PDF 中有一段压缩内容解压后超过{MaxStream / 1024 / 1024} MB，" +
                "不像一份年度报告";
            total += size;
            if (total > MaxTotal) return $"PDF 中的压缩内容解压后超过{MaxTotal / 1024 / 1024} MB，" +
                "不像一份年度报告";
            var next = data[(start + end + "endstream".Length)..].IndexOf("stream"u8);
            at = next < 0 ? -1 : start + end + "endstream".Length + next;
        }
        return null;
    }

    /// <summary>How many bytes a zlib stream unpacks to, counted up to the limit; 0 for what is not zlib.</summary>
    static long Unpacked(byte[] bytes, int start, int length, long limit)
    {
        if (length < 2 || bytes[start] != 0x78) return 0;
        try
        {
            using var z = new ZLibStream(new MemoryStream(bytes, start, length), CompressionMode.Decompress);
            var buffer = new byte[81920];
            long count = 0;
            for (int n; count < limit && (n = z.Read(buffer)) > 0;) count += n;
            return count;
        }
        catch (InvalidDataException) { return 0; }
    }
}
