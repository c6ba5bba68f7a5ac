using System.Globalization;
using MiniExcelLibs;

namespace Fazhi.Kernel.Exchange;

public sealed record RowError(int Row, string Column, string Message);

/// <summary>Reads an uploaded .xlsx into rows keyed by header, and turns cell values into typed values with row/column
/// errors.</summary>
public sealed class SheetReader
{
    /// <summary>The most data rows one import takes; a larger register is imported in parts.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Unpacked size limits of a workbook's parts and of the whole (MiniExcel holds shared strings in
    /// memory; rows it streams).</summary>
    const long MaxPart = 128L * 1024 * 1024, MaxTotal = 256L * 1024 * 1024;

    /// <summary>Errors listed before a check stops: enough to work through, bounded however bad the file.</summary>
    public const int MaxErrors = 200;

    public List<(int Row, IDictionary<string, object?> Cells)> Rows { get; } = [];

    /// <summary>True, with a closing line, once the errors reach the limit: the rest of the sheet is not checked.
    /// </summary>
    public static bool StopAt(List<RowError> errors, int row)
    {
        if (errors.Count < MaxErrors) return false;
        errors.RemoveRange(MaxErrors, errors.Count - MaxErrors);
        errors.Add(new RowError(row, "", $"错误已达{MaxErrors}处，自本行起不再检查：" +
            "请先改正以上错误后重新导入"));
        return true;
    }

    /// <summary>An import's failure in one line: how many errors, or that there were more than were listed.</summary>
    public static string FailureSummary(IReadOnlyList<RowError> errors) => errors.Count > MaxErrors
        ? $"导入失败：错误超过{MaxErrors}处（列出前{MaxErrors}处），整表未导入，" +
            "请修改后重新导入"
        : $"导入失败：发现{errors.Count}处错误，整表未导入，请修改后重新导入";
    public List<RowError> Errors { get; } = [];

    public static SheetReader Open(Stream stream, IReadOnlyList<string> requiredColumns)
    {
        var reader = new SheetReader();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        if (buffer.Length < 4 || buffer.ReadByte() != 'P' || buffer.ReadByte() != 'K')
        {
            reader.Errors.Add(new RowError(0, "", "文件不是有效的Excel工作簿（.xlsx）"));
            return reader;
        }
        buffer.Position = 0;
        if (ReportReview.Input.PackageGuard.Check(buffer, MaxPart, MaxTotal) is { } tooLarge)
        {
            reader.Errors.Add(new RowError(0, "", tooLarge));
            return reader;
        }
        try
        {
            var row = 1;
            foreach (IDictionary<string, object?> cells in
                     MiniExcel.Query(buffer, useHeaderRow: true, excelType: ExcelType.XLSX))
            {
                row++;
                if (row == 2)
                    foreach (var col in requiredColumns.Where(c => !cells.ContainsKey(c)))
                        reader.Errors.Add(new RowError(1, col, $"缺少必需的列“{col}”"));
                if (cells.Values.All(v => v is null || v.ToString()!.Trim() == "")) continue;
                if (reader.Rows.Count == MaxRows)
                {
                    reader.Errors.Add(new RowError(row, "", $"工作表超过{MaxRows:N0}行，请分批导入"));
                    break;
                }
                reader.Rows.Add((row, cells));
            }
        }
        // A damaged workbook fails in many ways; each is the uploader's to fix, never a server error.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            reader.Errors.Add(new RowError(0, "", $"无法读取Excel文件：{e.Message}"));
        }
        if (reader.Errors.Count == 0 && reader.Rows.Count == 0)
            reader.Errors.Add(new RowError(0, "", "工作表中没有数据行"));
        return reader;
    }

    public static string? Text(IDictionary<string, object?> cells, string column) =>
        cells.TryGetValue(column, out var v) && v is not null && v.ToString()!.Trim() is { Length: > 0 } s ? s : null;

    public static DateOnly? Date(IDictionary<string, object?> cells, string column, int row, List<RowError> errors)
    {
        if (!cells.TryGetValue(column, out var v) || v is null || v.ToString()!.Trim() == "") return null;
        switch (v)
        {
            case DateTime dt: return DateOnly.FromDateTime(dt);
            case double d when d > 20000 && d < 80000: return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }
        var s = v.ToString()!.Trim()
            .Replace('/', '-').Replace('.', '-').Replace("年", "-").Replace("月", "-").Replace("日", "");
        if (DateOnly.TryParseExact(s, ["yyyy-M-d", "yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date))
            return date;
        errors.Add(new RowError(row, column, $"“{v}”不是有效日期（应如2026-03-15）"));
        return null;
    }

    public static decimal? Number(IDictionary<string, object?> cells, string column, int row, List<RowError> errors)
    {
        var s = Text(cells, column);
        if (s is null) return null;
        if (decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add(new RowError(row, column, $"“{s}”不是有效数字"));
        return null;
    }
}
