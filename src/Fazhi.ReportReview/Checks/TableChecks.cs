using System.Text.RegularExpressions;
using Fazhi.ReportReview.Figures;
using Fazhi.ReportReview.Tables;

namespace Fazhi.ReportReview.Checks;

/// <summary>Recomputes a table: a 合计 row (or column) against the rows it sums, a share column against its total, a
/// change column against the two periods beside it, a rate against the counts of its row. Each rate cell gets one
/// verdict; the table is read both ways round, so a table whose rows are the measures is checked too.</summary>
public static partial class TableChecks
{
    /// <summary>Checks a table; bases are counts stated in the text before it, nearest first, which a share column
    /// may be of ("占新受理数比例" of the 151件 stated above the table).</summary>
    public static List<ArithmeticCheck> Run(TableGrid grid, IReadOnlyList<ReportFigure>? bases = null)
    {
        bases ??= [];
        var found = new Dictionary<int, ArithmeticCheck>();
        foreach (var (g, primary) in new[] { (grid, true), (grid.Transposed(), false) })
        {
            Sums(g, primary, found);
            for (var i = g.HeaderRows; i < g.RowCount; i++)
                for (var j = g.LabelColumns; j < g.ColumnCount; j++)
                    if (g.Values[i, j] is { Unit: "%" or "‰" } v)
                        Keep(found, RateCell(g, i, j, v, bases));
        }
        return [.. found.Values.OrderBy(c => c.Start)];
    }

    /// <summary>A definite verdict replaces "unverifiable"; consistent replaces inconsistent (the other reading of
    /// the table found the parts).</summary>
    static void Keep(Dictionary<int, ArithmeticCheck> found, ArithmeticCheck check)
    {
        if (!found.TryGetValue(check.Start, out var old) || old.Verdict == Verdict.Unverifiable
            || old.Verdict == Verdict.Inconsistent
               && check.Verdict is Verdict.Consistent or Verdict.ConsistentButTruncated)
            found[check.Start] = check;
    }

    static ArithmeticCheck RateCell(TableGrid g, int i, int j, GridValue v, IReadOnlyList<ReportFigure> bases)
    {
        var header = g.ColumnHeaders[j];
        if (TableGrid.IsChangeHeader(header)) return Change(g, i, j, v);
        if (TableGrid.IsShareHeader(header)) return Share(g, i, j, v, bases);
        return Rate(g, i, j, v);
    }

    /// <summary>A share against the total of a count column before it (the nearest that gives it): its 合计 row, or
    /// the column's sum, or a total stated in the text before the table. Inconsistent when the table has a 合计 row
    /// and no column gives it.</summary>
    static ArithmeticCheck Share(TableGrid g, int i, int j, GridValue v, IReadOnlyList<ReportFigure> bases)
    {
        var columns = Enumerable.Range(g.LabelColumns, Math.Max(0, j - g.LabelColumns)).Reverse()
            .Where(k => g.Values[i, k] is { } c && c.Unit is not ("%" or "‰")).ToList();
        if (columns.Count == 0) return Unverifiable(v, "同一行没有对应的数量");
        (decimal Total, string Text, bool Row) TotalOf(int k) => g.ColumnTotal(k) is var (t, total) && t >= 0
            ? (total, $"{g.RowLabels[t]}{g.Values[t, k]!.Quote}", true)
            : (total, $"“{g.ColumnHeaders[k]}”列之和", false);
        foreach (var k in columns)
        {
            var (total, text, _) = TotalOf(k);
            if (total != 0 && Try(v, 100m * g.Values[i, k]!.Value / total, $"{g.Values[i, k]!.Quote} ÷ {text}")
                    is { } ok)
                return ok;
        }
        var part = g.Values[i, columns[0]]!;
        foreach (var b in bases.Where(b => b.Value >= part.Value && b.Value > 0 && b.Unit == part.Unit))
            if (Try(v, 100m * part.Value / b.Value, $"{part.Quote} ÷ 表前所述的{b.Quote}") is { } stated)
                return stated;
        var nearest = TotalOf(columns[0]);
        return nearest.Row && nearest.Total != 0
            ? Compare(v, 100m * part.Value / nearest.Total, $"{part.Quote} ÷ {nearest.Text}", inconsistent: true)
            : Unverifiable(v, "表中没有合计，前文也没有能得出它的总数");
    }

    /// <summary>A change against this period's and the last period's values in the same row: the columns named for
    /// the two periods (a later and an earlier year, 本年 and 上年), else the two counts before it in either
    /// order.</summary>
    static ArithmeticCheck Change(TableGrid g, int i, int j, GridValue v)
    {
        var counts = Enumerable.Range(g.LabelColumns, g.ColumnCount - g.LabelColumns)
            .Where(k => k != j && g.Values[i, k] is { } c && c.Unit is not ("%" or "‰")).ToList();
        var now = counts.FirstOrDefault(k => ThisPeriod().IsMatch(g.ColumnHeaders[k]), -1);
        var before = counts.FirstOrDefault(k => LastPeriod().IsMatch(g.ColumnHeaders[k]), -1);
        var years = counts.Select(k => (k, Year: YearIn(g.ColumnHeaders[k]))).Where(x => x.Year > 0).ToList();
        if ((now < 0 || before < 0) && years.Select(y => y.Year).Distinct().Count() == 2)
            (now, before) = (years.MaxBy(y => y.Year).k, years.MinBy(y => y.Year).k);
        var named = now >= 0 && before >= 0 && now != before;
        var pairs = named ? [(now, before)]
            : counts.Where(k => k < j).TakeLast(2).ToList() is [var a, var b] ? new[] { (b, a), (a, b) } : [];
        foreach (var (n, p) in pairs)
            if (g.Values[i, p]!.Value != 0 && Try(v, ChangeOf(g.Values[i, n]!.Value, g.Values[i, p]!.Value),
                    $"({g.Values[i, n]!.Quote} − {g.Values[i, p]!.Quote}) ÷ {g.Values[i, p]!.Quote}") is { } ok)
                return ok;
        if (named && g.Values[i, before]!.Value != 0)
            return Compare(v, ChangeOf(g.Values[i, now]!.Value, g.Values[i, before]!.Value),
                $"({g.Values[i, now]!.Quote} − {g.Values[i, before]!.Quote}) ÷ {g.Values[i, before]!.Quote}",
                inconsistent: true);
        return Unverifiable(v, "表中没有给出两个时期的数值");
    }

    static decimal ChangeOf(decimal now, decimal before) => 100m * (now - before) / before;

    /// <summary>A rate against two counts of its row; inconsistent only when the row has the counts its name points
    /// to (纠错率: a 纠错 column and a total such as 结案).</summary>
    static ArithmeticCheck Rate(TableGrid g, int i, int j, GridValue v)
    {
        var counts = Enumerable.Range(g.LabelColumns, g.ColumnCount - g.LabelColumns)
            .Where(k => g.Values[i, k] is { } c && c.Unit is not ("%" or "‰") && c.Value >= 0).ToList();
        foreach (var d in counts.OrderBy(k => Math.Abs(k - j)))
            foreach (var n in counts.Where(n => n != d && g.Values[i, n]!.Value <= g.Values[i, d]!.Value))
                if (g.Values[i, d]!.Value > 0
                    && Try(v, 100m * g.Values[i, n]!.Value / g.Values[i, d]!.Value,
                        $"{g.Values[i, n]!.Quote} ÷ {g.Values[i, d]!.Quote}") is { } ok)
                    return ok;
        var stem = g.ColumnHeaders[j].Split('·')[^1];
        stem = stem.Contains('率') ? stem[..stem.IndexOf('率')] : "";
        var numerator = stem.Length >= 2 ? counts.FirstOrDefault(k => g.ColumnHeaders[k].Contains(stem), -1) : -1;
        var denominator = counts.FirstOrDefault(k => k != numerator && Base().IsMatch(g.ColumnHeaders[k]), -1);
        if (numerator >= 0 && denominator >= 0 && g.Values[i, denominator]!.Value > 0)
            return Compare(v, 100m * g.Values[i, numerator]!.Value / g.Values[i, denominator]!.Value,
                $"{g.Values[i, numerator]!.Quote} ÷ {g.Values[i, denominator]!.Quote}", inconsistent: true);
        return Unverifiable(v, "同一行中没有可得出它的数量");
    }

    /// <summary>A 合计 row against the rows it sums, column by column. Read the other way round (a 合计 column),
    /// only agreement is reported: the columns beside it need not be its parts.</summary>
    static void Sums(TableGrid g, bool primary, Dictionary<int, ArithmeticCheck> found)
    {
        var body = Enumerable.Range(g.HeaderRows, g.RowCount - g.HeaderRows).ToList();
        var totals = body.Where(g.IsTotalRow).ToList();
        if (totals.Count != 1) return;
        var t = totals[0];
        var parts = body.Where(r => r != t && !g.RowLabels[r].StartsWith("其中")).ToList();
        for (var j = g.LabelColumns; j < g.ColumnCount; j++)
        {
            if (g.Values[t, j] is not { } total || total.Unit is "%" or "‰") continue;
            var cells = parts.Select(r => g.Values[r, j]).ToList();
            if (cells.Count < 2 || cells.Any(c => c is null)) continue;
            var sum = cells.Sum(c => c!.Value);
            var formula = $"{total.Quote} = {string.Join(" + ", cells.Select(c => c!.Quote))}";
            if (sum == total.Value)
                Keep(found, new("合计", Verdict.Consistent, $"{g.ColumnHeaders[j]}：{formula}", total.Quote,
                    total.Start));
            else if (primary)
                Keep(found, new("合计", Verdict.Inconsistent,
                    $"{g.ColumnHeaders[j]}：{g.RowLabels[t]}{total.Quote}与各行之和{sum}不符", total.Quote,
                    total.Start));
        }
    }

    static ArithmeticCheck? Try(GridValue v, decimal exact, string formula) =>
        Rounding.Compare(exact, v.Value, v.Places) is { } verdict ? Checked(v, verdict, exact, formula) : null;

    static ArithmeticCheck Compare(GridValue v, decimal exact, string formula, bool inconsistent) =>
        Rounding.Compare(exact, v.Value, v.Places) is { } verdict
            ? Checked(v, verdict, exact, formula)
            : inconsistent
                ? new("表格比率", Verdict.Inconsistent,
                    $"{v.Quote}与{formula} = {Rounding.Format(exact, v.Places)}%不符", v.Quote, v.Start)
                : Unverifiable(v, "");

    static ArithmeticCheck Checked(GridValue v, Verdict verdict, decimal exact, string formula) =>
        new("表格比率", verdict, verdict == Verdict.Consistent
            ? $"{v.Quote} = {formula}（{Rounding.Format(exact, v.Places)}%），一致"
            : $"{v.Quote} ≈ {formula} = {Rounding.Format(exact, v.Places)}%：" +
                "截断而非四舍五入", v.Quote, v.Start);

    static ArithmeticCheck Unverifiable(GridValue v, string why) =>
        new("表格比率", Verdict.Unverifiable, $"{v.Quote}：{why}，无法验算", v.Quote, v.Start);

    static int YearIn(string header) => Year().Match(header) is { Success: true } m ? int.Parse(m.Value) : 0;

    [GeneratedRegex(@"本年|今年|本期|当年|本年度")] private static partial Regex ThisPeriod();
    [GeneratedRegex(@"上年|去年|同期|上一年|前一年|上年度")] private static partial Regex LastPeriod();
    [GeneratedRegex(@"(19|20)\d{2}")] private static partial Regex Year();
    [GeneratedRegex(@"结案|审结|办结|受理|收案|收到|总数|合计|总计" +
                    @"|案件数|数量|应出庭|件数|总量")]
    private static partial Regex Base();
}
