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
        while (headerRows < rows.Count - 1
               && rows[headerRows].All(c => !TextTables.IsNumber(c.Text) || IsYear(c.Text)))
            headerRows++;
        var serial = IsSerial(rows, headerRows) ? 1 : 0;
        var labelColumns = serial;
        while (labelColumns < width - 1 && rows.Skip(headerRows).All(r => !HasNumber(r[labelColumns].Text)))
            labelColumns++;
        // A merged header cell reads as one cell and empty ones after it: it names them all.
        var names = rows.Take(headerRows).Select(r => FilledRight(r.Select(c => c.Text).ToArray())).ToList();
        var headers = Enumerable.Range(0, width).Select(j => string.Join("·", names
            .Select(r => r[j]).Where(t => t.Length > 0).Distinct())).ToArray();
        var labels = rows.Select(r => string.Join("·", r.Skip(serial).Take(labelColumns - serial)
            .Select(c => c.Text).Where(t => t.Length > 0).Distinct())).ToArray();
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

    static string[] FilledRight(string[] row)
    {
        for (var j = 1; j < row.Length; j++)
            if (row[j].Length == 0) row[j] = row[j - 1];
        return row;
    }

    /// <summary>The same table read the other way round, for tables whose rows are the measures (数量, 占比) and
    /// whose
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
        if (CellNumber().Match(cell.Text) is not { Success: true } m) return null;
        var digits = m.Groups["num"].Value.Replace(",", "").Replace('−', '-');
        var value = decimal.Parse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);
        var places = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        var written = m.Groups["unit"].Value;
        var unit = written.Length > 0 ? written : UnitIn(header) ?? UnitIn(label) ?? note ?? "";
        if (written.Length == 0 && (ChangeHeader().IsMatch(header) || RateHeader().IsMatch(header))
            && UnitIn(header) is null && note is null or "%")
            unit = header.Contains('%') ? "%" : "";
        var scale = unit switch { "万元" => 10_000m, "亿元" => 100_000_000m, _ => 1m };
        if (scale != 1) unit = "元";
        string? kind = unit is "%" or "‰"
            ? ChangeHeader().IsMatch(header + label) ? "change" : "rate"
            : unit == "元" ? "amount" : null;
        return new GridValue(value * scale, unit, false, cell.Text, cell.Start, cell.End, places, kind);
    }

    /// <summary>The unit a header states; the last one, the most particular ("数量(宗)·罚没金额(万元
    /// )").</summary>
    static string? UnitIn(string header) => HeaderUnit().Matches(header) is { Count: > 0 } all
        ? all[^1].Groups["unit"].Value : null;

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

    public bool IsTotalRow(int i) => (totalRows ??= Enumerable.Range(0, RowCount)
        .Select(r => r >= HeaderRows && TotalLabel().IsMatch(RowLabels[r])).ToArray())[i];

    bool[]? totalRows;

    /// <summary>A column's total: the value of the first 合计 row that has one (Row its index), else the sum of the
    /// column's body (Row -1).</summary>
    public (int Row, decimal Total) ColumnTotal(int k)
    {
        if (columnTotals.TryGetValue(k, out var known)) return known;
        var body = Enumerable.Range(HeaderRows, RowCount - HeaderRows);
        var row = body.FirstOrDefault(r => IsTotalRow(r) && Values[r, k] is not null, -1);
        return columnTotals[k] = (row, row >= 0 ? Values[row, k]!.Value : body.Sum(r => Values[r, k]?.Value ?? 0));
    }

    readonly Dictionary<int, (int Row, decimal Total)> columnTotals = [];
    public static bool IsShareHeader(string header) => ShareHeader().IsMatch(header);
    public static bool IsChangeHeader(string header) => ChangeHeader().IsMatch(header);

    [GeneratedRegex(@"[(（]\s*(?<unit>万元|亿元|元|件|宗|人次|人|个|项|家|户|次|起|名|份|%|‰)" +
                    @"\s*[)）]" +
                    @"|单位\s*[:：]\s*(?<unit>[^\s)）]+)")]
    private static partial Regex HeaderUnit();

    [GeneratedRegex(@"^(?<num>[-+−]?[\d,]+(\.\d+)?)\s*" +
                    @"(?<unit>%|‰|件|宗|人次|人|个|项|家|户|次|起|名|份|万元|亿元|元)?$")]
    private static partial Regex CellNumber();

    [GeneratedRegex(@"同比|环比|增长|增幅|增减|增速|变化|比上年|较上年|升降")]
    private static partial Regex ChangeHeader();
    [GeneratedRegex(@"率|占比|比例|比重|%")] private static partial Regex RateHeader();
    [GeneratedRegex(@"占比|比例|比重|占|构成")] private static partial Regex ShareHeader();
    [GeneratedRegex(@"^(序号|编号|No\.?)$")] private static partial Regex SerialHeader();
    [GeneratedRegex(@"^(合\s*计|总\s*计|小\s*计|总数|共计|全[省市县区州盟旗]|全国|总体)")]
    private static partial Regex TotalLabel();
}
