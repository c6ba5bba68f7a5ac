using System.IO.Compression;
using MiniExcelLibs;
using Fazhi.ReportReview.Input;

namespace Fazhi.Features.Plans.Reading;

/// <summary>A plan file that cannot be read, with a reason the uploader can act on (a 4xx, never a 500).</summary>
public sealed class UnreadablePlanException(string message) : Exception(message);

/// <summary>A plan document's text: .txt, a saved web page, .docx and text PDFs through the report reader; an .xlsx
/// task sheet as one line per row, its cells separated by tabs (what a Word table gives as well).</summary>
public static class PlanDocument
{
    public const int MaxRows = 10_000;
    const long MaxPart = 64L * 1024 * 1024, MaxTotal = 128L * 1024 * 1024;

    public static string Read(byte[] bytes, string? fileName)
    {
        try
        {
            return Normalizer.Normalize(IsWorkbook(bytes) ? Sheet(bytes) : ReportInput.Read(bytes, fileName));
        }
        catch (UnreadableReportException e)
        {
            throw new UnreadablePlanException(e.Message);
        }
    }

    static bool IsWorkbook(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K') return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            throw new UnreadablePlanException("文件不是有效的 Word（.docx）或 Excel（.xlsx）文档");
        }
    }

    static string Sheet(byte[] bytes)
    {
        var package = new MemoryStream(bytes);
        if (PackageGuard.Check(package, MaxPart, MaxTotal) is { } tooLarge) throw new UnreadablePlanException(tooLarge);
        package.Position = 0;
        var lines = new List<string>();
        try
        {
            foreach (IDictionary<string, object?> row in MiniExcel.Query(package, excelType: ExcelType.XLSX))
            {
                if (lines.Count == MaxRows)
                    throw new UnreadablePlanException($"工作表超过{MaxRows:N0}行，不像一份实施方案的任务表");
                lines.Add(string.Join('\t', row.Values.Select(v => Flat(v?.ToString()))));
            }
        }
        catch (Exception e) when (e is not (UnreadablePlanException or OutOfMemoryException))
        {
            throw new UnreadablePlanException($"无法读取Excel文件：{e.Message}");
        }
        return string.Join('\n', lines);
    }

    /// <summary>A cell's text on one line: line breaks inside a cell would split its row.</summary>
    static string Flat(string? cell) => (cell ?? "").Replace("\r", "").Replace('\n', ' ').Replace('\t', ' ').Trim();
}
