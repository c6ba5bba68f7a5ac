using System.IO.Compression;

namespace Fazhi.ReportReview.Input;

/// <summary>Office files (.docx, .xlsx) are zip packages, and a small upload can unpack to gigabytes that a parser then
/// holds in memory. Their parts' unpacked sizes, as the package declares them, are checked before any parser reads
/// them; the reader itself then stops at the declared size.</summary>
public static class PackageGuard
{
    /// <summary>Null when every part and the whole are within the limits, else the reason in words a person can act
    /// on. The stream is left at its start.</summary>
    public static string? Check(Stream package, long maxPart, long maxTotal)
    {
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > maxPart)
                    return $"文件中的“{entry.FullName}”解压后为{Megabytes(entry.Length)}，" +
                        $"超过单个部件{Megabytes(maxPart)}的上限";
                total += entry.Length;
                if (total > maxTotal) return $"文件解压后超过{Megabytes(maxTotal)}的上限";
            }
            return null;
        }
        catch (InvalidDataException) { return "文件已损坏，不是有效的 Word 或 Excel 文档"; }
        finally { package.Position = 0; }
    }

    static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024:0.#} MB";
}
