using System.Text;
using AngleSharp.Html.Parser.Tokens;

namespace Fazhi.ReportReview.Input;

/// <summary>Writes the tables of a page as it is tokenized: each row a line, its cells separated by tabs. A merged
/// cell (colspan, rowspan) stands in every position it covers — its text repeated where it is a label, left empty
/// where it holds a number, which must be counted once. Tables nested deeper than MaxDepth read as text, and once a
/// page has written MaxCells cells, spans count as one: a page of merged cells cannot multiply its size.</summary>
sealed class TableWriter(StringBuilder text)
{
    const int MaxDepth = 16, MaxSpan = 1000;
    const long MaxCells = 1_000_000;
    long cells;

    sealed class Table
    {
        public int Column;
        public bool RowOpen;
        public int CellStart = -1;
        public int ColSpan = 1, RowSpan = 1;
        /// <summary>Per column, the rows a cell from above still covers and the text it stands with.</summary>
        public readonly Dictionary<int, (int Rows, string Text)> Pending = [];
    }

    readonly Stack<Table> open = new();
    int ignored; // tables nested too deep, read as text

    public bool InCell => open.Count > 0 && open.Peek().CellStart >= 0;

    /// <summary>Handles a start tag that belongs to a table; false for any other.</summary>
    public bool Start(HtmlTagToken tag)
    {
        switch (tag.Name)
        {
            case "table":
                if (open.Count >= MaxDepth) { ignored++; return false; }
                if (InCell) text.Append(' ');
                open.Push(new Table());
                return true;
            case "tr" when open.Count > 0 && ignored == 0:
                EndRow(open.Peek());
                open.Peek().RowOpen = true;
                return true;
            case "td" or "th" when open.Count > 0 && ignored == 0:
                var t = open.Peek();
                EndCell(t);
                if (!t.RowOpen) { EndRow(t); t.RowOpen = true; }
                FillCovered(t);
                t.CellStart = text.Length;
                t.ColSpan = Span(tag.GetAttribute("colspan"));
                t.RowSpan = Span(tag.GetAttribute("rowspan"));
                return true;
        }
        return false;
    }

    /// <summary>Handles an end tag that belongs to a table; false for any other.</summary>
    public bool End(string name)
    {
        if (open.Count == 0) return false;
        switch (name)
        {
            case "table":
                if (ignored > 0) { ignored--; return false; }
                EndRow(open.Pop());
                if (!InCell) text.Append('\n');
                return true;
            case "tr" when ignored == 0:
                EndRow(open.Peek());
                return true;
            case "td" or "th" when ignored == 0:
                EndCell(open.Peek());
                return true;
        }
        return false;
    }

    public void EndAll()
    {
        while (open.Count > 0) EndRow(open.Pop());
    }

    void EndRow(Table t)
    {
        EndCell(t);
        if (!t.RowOpen) return;
        FillCovered(t, toEnd: true);
        text.Append('\n');
        t.RowOpen = false;
        t.Column = 0;
    }

    void EndCell(Table t)
    {
        if (t.CellStart < 0) return;
        var cell = text.ToString(t.CellStart, text.Length - t.CellStart)
            .Replace('\n', ' ').Replace('\t', ' ').Trim();
        text.Length = t.CellStart;
        t.CellStart = -1;
        var repeated = cell.Any(char.IsAsciiDigit) ? "" : cell;
        cells += t.ColSpan * (long)t.RowSpan;
        if (cells > MaxCells) (t.ColSpan, t.RowSpan) = (1, 1);
        text.Append(cell).Append('\t');
        for (var k = 1; k < t.ColSpan; k++) text.Append(repeated).Append('\t');
        if (t.RowSpan > 1)
            for (var k = 0; k < t.ColSpan; k++) t.Pending[t.Column + k] = (t.RowSpan - 1, repeated);
        t.Column += t.ColSpan;
    }

    /// <summary>Writes the cells that merged cells from rows above cover at the current column (or to the end of the
    /// row).</summary>
    void FillCovered(Table t, bool toEnd = false)
    {
        var last = toEnd ? t.Pending.Where(p => p.Value.Rows > 0).Select(p => p.Key).DefaultIfEmpty(-1).Max() : -1;
        while (t.Pending.TryGetValue(t.Column, out var covered) && covered.Rows > 0 || t.Column <= last)
        {
            if (t.Pending.TryGetValue(t.Column, out covered) && covered.Rows > 0)
            {
                text.Append(covered.Text);
                t.Pending[t.Column] = (covered.Rows - 1, covered.Text);
            }
            text.Append('\t');
            t.Column++;
        }
    }

    static int Span(string value) => int.TryParse(value, out var n) && n > 1 ? Math.Min(n, MaxSpan) : 1;
}
