using System.Text.RegularExpressions;

namespace Fazhi.ReportReview.Tables;

/// <summary>One cell of a table as it stands in the text: Start..End index the normalised text.</summary>
public sealed record TableCell(string Text, int Start, int End);

/// <summary>A table found in a report's text: rows of cells (ragged rows padded with empty cells), the lines it spans,
/// and the unit its note states ("单位：件", "（万元）").</summary>
public sealed record TextTable(int Start, int End, List<TableCell[]> Rows, string? Unit);

/// <summary>Finds the tables of a text in every form reports reach us in: rows of cells separated by tabs (how HTML,
/// Word and PDF tables are read) or pipes, columns aligned with runs of spaces, and — after copying from a web page
/// —
/// one cell per line, with or without a trailing pipe. Linear in the text; a table holds at most MaxCells cells.
/// </summary>
public static partial class TextTables
{
    public const int MaxCells = 20_000;

    public static List<TextTable> Find(string text)
    {
        var lines = Lines(text);
        var tables = new List<TextTable>();
        for (var i = 0; i < lines.Count;)
        {
            var end = i;
            var first = Split(text, lines[i]);
            if (first is { Length: >= 2 } || IsHeaderOfSpacedRows(text, lines, i))
            {
                // The header of rows aligned with spaces is split like them.
                var split = new List<TableCell[]> { first ?? Cells(text, lines[i], SpaceSeparator())! };
                var cells = split[0].Length;
                for (end = i + 1; end < lines.Count && Split(text, lines[end]) is { Length: >= 2 } row; end++)
                    if ((cells += row.Length) <= MaxCells) split.Add(row);
                if (end - i >= 2 && cells <= MaxCells) Add(tables, text, lines, i, end, split);
                i = end;
                continue;
            }
            while (end < lines.Count && IsCellLine(text, lines[end])) end++;
            if (end - i >= 6 && CellRows(text, lines, i, end) is { } rows) Add(tables, text, lines, i, end, rows);
            i = Math.Max(end, i + 1);
        }
        return tables;
    }

    static void Add(List<TextTable> tables, string text, List<(int Start, int End)> lines, int from, int to,
        List<TableCell[]> rows)
    {
        if (!rows.Any(r => r.Any(c => IsNumber(c.Text)))) return;
        var width = rows.Max(r => r.Length);
        var padded = rows.Select(r => r.Length == width
            ? r : [.. r, .. Enumerable.Repeat(new TableCell("", r[^1].End, r[^1].End), width - r.Length)]).ToList();
        tables.Add(new TextTable(rows[0][0].Start, rows[^1][^1].End, padded, NoteUnit(text, lines, from, rows)));
    }

    /// <summary>The unit a table states for all its cells: in its first row or the two lines above it.</summary>
    static string? NoteUnit(string text, List<(int Start, int End)> lines, int from, List<TableCell[]> rows)
    {
        var above = string.Join("\n", lines.Skip(Math.Max(0, from - 2)).Take(Math.Min(2, from))
            .Select(l => text[l.Start..l.End]));
        foreach (var candidate in new[] { string.Join(" ", rows[0].Select(c => c.Text)), above })
            if (UnitNote().Match(candidate) is { Success: true } m)
                return m.Groups["unit"].Value;
        return null;
    }

    static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        for (int at = 0, next; at < text.Length; at = next + 1)
        {
            next = text.IndexOf('\n', at);
            if (next < 0) next = text.Length;
            lines.Add((at, next));
        }
        return lines;
    }

    /// <summary>A line's cells when it is a row of two or more: separated by tabs, pipes or two or more
    /// spaces.</summary>
    static TableCell[]? Split(string text, (int Start, int End) line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start);
        if (s.Length > 2000) return null;
        if (s.Contains('\t')) return Cells(text, line, TabSeparator());
        if (s.Count('|') >= 2 || s.Count('|') == 1 && s.TrimEnd().Length > 0 && s.TrimEnd()[^1] != '|')
            return Cells(text, line, PipeSeparator());
        if (s.Contains("  ", StringComparison.Ordinal) && !s.Contains('。') && !s.Contains('，'))
        {
            var cells = Cells(text, line, SpaceSeparator());
            return cells is not null && cells.Count(c => IsNumber(c.Text)) >= 1 ? cells : null;
        }
        return null;
    }

    /// <summary>A line of labels aligned with spaces over rows of the same width ("地区      收案    占比
    /// ").</summary>
    static bool IsHeaderOfSpacedRows(string text, List<(int Start, int End)> lines, int i) =>
        i + 1 < lines.Count && text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).Length <= 200
        && !text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).ContainsAny("。，")
        && Cells(text, lines[i], SpaceSeparator()) is { Length: >= 2 } header
        && Split(text, lines[i + 1]) is { } row && row.Length == header.Length;

    static TableCell[]? Cells(string text, (int Start, int End) line, Regex separator)
    {
        var cells = new List<TableCell>();
        var at = line.Start;
        foreach (var m in separator.EnumerateMatches(text.AsSpan(line.Start, line.End - line.Start)))
        {
            cells.Add(Cell(text, at, line.Start + m.Index));
            at = line.Start + m.Index + m.Length;
        }
        cells.Add(Cell(text, at, line.End));
        // Pipes that open or close the row leave empty cells at its ends.
        if (cells.Count > 0 && cells[0].Text == "" && text[line.Start..line.End].TrimStart().StartsWith('|'))
            cells.RemoveAt(0);
        if (cells.Count > 0 && cells[^1].Text == "") cells.RemoveAt(cells.Count - 1);
        return cells.Count >= 2 ? [.. cells] : null;
    }

    static TableCell Cell(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        return new TableCell(text[from..to], from, to);
    }

    /// <summary>A short line that can be a single cell: a number, or a label without sentence punctuation; a trailing
    /// pipe is the cell's end.</summary>
    static bool IsCellLine(string text, (int Start, int End) line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim().TrimEnd('|').Trim();
        return s.Length is > 0 and <= 16 && s.IndexOfAny("。，；：:;") < 0;
    }

    /// <summary>A run of one-cell lines read as rows: a header of labels, then rows that each start with a label
    /// (a label broken over two lines is joined) and go on with numbers, all as wide as each other. The header is
    /// fitted to them: a title line above it dropped, a header repeated for side-by-side halves taken once, a missing
    /// corner cell added.</summary>
    static List<TableCell[]>? CellRows(string text, List<(int Start, int End)> lines, int from, int to)
    {
        if (to - from > MaxCells) return null;
        var cells = new List<TableCell>();
        for (var i = from; i < to; i++)
        {
            var (s, e) = lines[i];
            var line = text.AsSpan(s, e - s).TrimEnd();
            if (line.EndsWith("|")) e = s + line.Length - 1;
            cells.Add(Cell(text, s, e));
        }
        if (cells.Count(c => IsNumber(c.Text)) < 3) return null;
        var header = cells.TakeWhile(c => !IsNumber(c.Text)).ToList();
        if (header.Count == 0) return null;
        if (Chunked(cells, header.Count) is { } chunked) return chunked;
        var data = new List<TableCell[]>();
        var row = new List<TableCell> { header[^1] };
        foreach (var c in cells.Skip(header.Count))
        {
            var number = IsNumber(c.Text);
            if (!number && row.Any(x => IsNumber(x.Text))) { data.Add([.. row]); row = [c]; }
            else if (!number) row[^1] = new TableCell(row[^1].Text + c.Text, row[^1].Start, c.End);
            else row.Add(c);
        }
        data.Add([.. row]);
        var width = data[0].Length;
        // An excerpt may end inside the last row.
        if (width < 2 || data.SkipLast(1).Any(r => r.Length != width) || data[^1].Length > width) return null;
        var names = header[..^1];
        // Side-by-side halves repeat their column names ("收案数 受理数 收案数 受理数").
        if (names.Count > width - 1 && names.Count % (width - 1) == 0
            && names.Select((c, k) => c.Text == names[k % (width - 1)].Text).All(x => x))
            names = names[..(width - 1)];
        if (names.Count > width) names = names[^width..];
        if (names.Count == width - 1) names.Insert(0, new TableCell("", header[0].Start, header[0].Start));
        return names.Count == width ? [[.. names], .. data] : names.Count == 0 ? data : null;
    }

    /// <summary>Rows as wide as the header when the cells after it fall into such rows with numbers in the same
    /// columns ("序号 处理方式 数量 比例" then "1 作出维持决定 3509 74.7%" …).</summary>
    static List<TableCell[]>? Chunked(List<TableCell> cells, int width)
    {
        if (width < 2 || cells.Count < 3 * width) return null;
        var pattern = Enumerable.Range(0, width).Select(k => IsNumber(cells[width + k].Text)).ToArray();
        var rows = 1;
        // The table ends at the first row that breaks the pattern; the lines after it are text again.
        while ((rows + 1) * width <= cells.Count
               && Enumerable.Range(0, width).All(k => IsNumber(cells[rows * width + k].Text) == pattern[k]))
            rows++;
        return rows >= 3 ? cells.Take(rows * width).Chunk(width).ToList() : null;
    }

    public static bool IsNumber(string cell) => NumberCell().IsMatch(cell);

    /// <summary>A cell that is a number, with a percent sign or a counting unit ("75件") at most.</summary>
    [GeneratedRegex(@"^[-+−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*" +
                    @"(%|‰|件|宗|人次|人|个|项|家|户|次|起|名|份|万元|亿元|元)?$")]
    private static partial Regex NumberCell();
    [GeneratedRegex(@"\t")] private static partial Regex TabSeparator();
    [GeneratedRegex(@"\s*\|\s*")] private static partial Regex PipeSeparator();
    [GeneratedRegex(@"\s{2,}")] private static partial Regex SpaceSeparator();

    [GeneratedRegex(@"单位\s*[:：]\s*(?<unit>万元|亿元|元|件|人次|人|个|项|家|%)" +
                    @"|[(（](?<unit>万元|亿元|元|件|人次|人|个|项|家|%)[)）]\s*$")]
    private static partial Regex UnitNote();
}
