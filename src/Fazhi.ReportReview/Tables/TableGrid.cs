using System.Globalization;
using System.Text.RegularExpressions;
using Fazhi.ReportReview.Figures;

namespace Fazhi.ReportReview.Tables;

/// <summary>A number in a table with what gives it meaning: its row label and column header, its unit (from the cell,
/// the headers or the table's note) and the places it is written with.</summary>
public sealed record GridValue(
    decimal Value, string Unit, bool Approximate, string Quote, int Start, int End, int Places, string? Kind);

/// <summary>A table read as a grid: header rows above, label columns to the left, numbers in the body. Years in
/// headers, serial numbers (序号) and labels are not values.</summary>
public sealed partial class TableGrid
{
    public required TextTable Table { get; init; }
    public required GridValue?[,] Values { get; init; }
    public required string[] ColumnHeaders { get; init; }
    public required string[] RowLabels { get; init; }
    public required int HeaderRows { get; init; }
    public required int LabelColumns { get; init; }
    public int RowCount => Values.GetLength(0);
    public int ColumnCount => Values.GetLength(1);

    public static TableGrid Of(TextTable table)
    {
        var rows = table.Rows;
        var width = rows[0].Length;
        var headerRows = 0;
        while (headerRows < rows.Count - 1 && rows[headerRows].All(c => !TextTables.IsNumber(c.Text) || IsYear(c.Text)))
            headerRows++;
        var labelColumns = 0;
        while (labelColumns < width - 1 && rows.Skip(headerRows).All(r => !HasNumber(r[labelColumns].Text)))
            labelColumns++;
        if (labelColumns == 0 && IsSerial(rows, headerRows)) labelColumns = 1;
        var headers = Enumerable.Range(0, width).Select(j => string.Join("·", rows.Take(headerRows)
            .Select(r => r[j].Text).Where(t => t.Length > 0).Distinct())).ToArray();
        var labels = rows.Select(r => string.Join("·", r.Take(labelColumns).Select(c => c.Text)
            .Where(t => t.Length > 0).Distinct())).ToArray();
        var values = new GridValue?[rows.Count, width];
        for (var i = headerRows; i < rows.Count; i++)
            for (var j = labelColumns; j < width; j++)
                values[i, j] = ValueOf(rows[i][j], headers[j], labels[i], table.Unit);
        return new TableGrid
        {
            Table = table, Values = values, ColumnHeaders = headers, RowLabels = labels,
            HeaderRows = headerRows, LabelColumns = labelColumns,
        };
    }

    /// <summary>The same table read the other way round, for tables whose rows are the measures (数量, 占比) and whose
    /// columns are the things counted.</summary>
    public TableGrid Transposed()
    {
        var values = new GridValue?[ColumnCount, RowCount];
        for (var i = 0; i < RowCount; i++)
            for (var j = 0; j < ColumnCount; j++)
                values[j, i] = Values[i, j];
        return new TableGrid
        {
            Table = Table, Values = values, ColumnHeaders = RowLabels, RowLabels = ColumnHeaders,
            HeaderRows = LabelColumns, LabelColumns = HeaderRows,
        };
    }

    static GridValue? ValueOf(TableCell cell, string header, string label, string? note)
    {
        if (!TextTables.IsNumber(cell.Text)) return null;
        var text = cell.Text.Replace(",", "").Replace('−', '-').Replace(" ", "");
        var percent = text.EndsWith('%') || text.EndsWith('‰');
        var digits = text.TrimEnd('%', '‰');
        var value = decimal.Parse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);
        var places = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        var unit = percent ? text[^1].ToString() : UnitIn(header) ?? UnitIn(label) ?? note ?? "";
        if (!percent && (ChangeHeader().IsMatch(header) || RateHeader().IsMatch(header)) && UnitIn(header) is null
            && note is null or "%")
            unit = header.Contains('%') ? "%" : "";
        var scale = unit switch { "万元" => 10_000m, "亿元" => 100_000_000m, _ => 1m };
        if (scale != 1) unit = "元";
        string? kind = unit is "%" or "‰"
            ? ChangeHeader().IsMatch(header + label) ? "change" : "rate"
            : unit == "元" ? "amount" : null;
        return new GridValue(value * scale, unit, false, cell.Text, cell.Start, cell.End, places, kind);
    }

    static string? UnitIn(string header) => HeaderUnit().Match(header) is { Success: true } m
        ? m.Groups["unit"].Value : null;

    static bool HasNumber(string cell) => TextTables.IsNumber(cell) && !IsYear(cell);
    static bool IsYear(string cell) => cell.Length == 4 && cell[0] is '1' or '2' && cell.All(char.IsAsciiDigit)
                                       && int.Parse(cell) is >= 1949 and <= 2100;

    /// <summary>A first column numbering the rows 1, 2, 3 ….</summary>
    static bool IsSerial(List<TableCell[]> rows, int headerRows)
    {
        var body = rows.Skip(headerRows).Select(r => r[0].Text).ToList();
        return body.Count >= 2 && (headerRows > 0 && SerialHeader().IsMatch(rows[0][0].Text)
                                   || body.Select((t, i) => t == (i + 1).ToString()).All(x => x));
    }

    public bool IsTotalRow(int i) => TotalLabel().IsMatch(RowLabels[i]);
    public static bool IsShareHeader(string header) => ShareHeader().IsMatch(header);
    public static bool IsChangeHeader(string header) => ChangeHeader().IsMatch(header);

    [GeneratedRegex(@"[(（]\s*(?<unit>万元|亿元|元|件|人次|人|个|项|家|户|次|%|‰)\s*[)）]|单位\s*[:：]\s*(?<unit>[^\s)）]+)")]
    private static partial Regex HeaderUnit();

    [GeneratedRegex(@"同比|环比|增长|增幅|增减|增速|变化|比上年|较上年|升降")] private static partial Regex ChangeHeader();
    [GeneratedRegex(@"率|占比|比例|比重|%")] private static partial Regex RateHeader();
    [GeneratedRegex(@"占比|比例|比重|占|构成")] private static partial Regex ShareHeader();
    [GeneratedRegex(@"^(序号|编号|No\.?)$")] private static partial Regex SerialHeader();
    [GeneratedRegex(@"^(合\s*计|总\s*计|小\s*计|总数|共计|全[省市县区州盟旗]|全国|总体)")] private static partial Regex TotalLabel();
}
