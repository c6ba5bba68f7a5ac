using System.Text.RegularExpressions;

namespace Fazhi.Features.Plans.Reading;

/// <summary>Finds the dated goals in a task's text: "2023年底前…", "到2025年…压减50%以上", "2024年6月底前",
/// "每年4月底前…". A year only named as a start ("自2023年起"), a span's end ("2021-2025年"), a year in a
/// document's title (《…》) and a date before the plan are not goals.</summary>
public static partial class TargetReader
{
    /// <summary>The targets of a task's text; a table's time cell (cell true) is a target even when it lies
    /// before the plan's date, as tables list work already begun.</summary>
    public static List<RecognisedTarget> Read(string text, DateOnly issued, bool cell = false)
    {
        var targets = new List<RecognisedTarget>();
        foreach (Match m in DateExpression().Matches(text))
        {
            if (InsideTitle(text, m.Index)) continue;
            var due = m.Groups["every"].Success ? Recurring(m, issued) : Once(m);
            if (due is not { } found || found.Due <= issued && !cell) continue;
            targets.Add(new RecognisedTarget(Clause(text, m.Index, m.Index + m.Length), found.Due, found.Recurs));
        }
        return targets;
    }

    static (DateOnly Due, Recurrence? Recurs)? Once(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value);
        if (year is < 2000 or > 2100) return null;
        if (m.Groups["month"].Success)
        {
            var month = int.Parse(m.Groups["month"].Value);
            if (month is < 1 or > 12) return null;
            if (m.Groups["day"].Success)
                return int.Parse(m.Groups["day"].Value) is var d && d >= 1 && d <= DateTime.DaysInMonth(year, month)
                    ? (new DateOnly(year, month, d), null) : null;
            return (MonthEnd(year, month), null);
        }
        var part = m.Groups["part"].Value;
        return (part switch
        {
            "上半年" => new DateOnly(year, 6, 30),
            _ when part.EndsWith("季度") => MonthEnd(year, 3 * QuarterOf(part[0])),
            _ => new DateOnly(year, 12, 31),
        }, null);
    }

    static (DateOnly Due, Recurrence? Recurs)? Recurring(Match m, DateOnly issued)
    {
        switch (m.Groups["every"].Value)
        {
            case "月": return (MonthEnd(issued.AddMonths(1).Year, issued.AddMonths(1).Month), Recurrence.Monthly);
            case "季度":
                var quarterEnd = MonthEnd(issued.Year, (issued.Month + 2) / 3 * 3);
                return (quarterEnd > issued ? quarterEnd : MonthEnd(issued.AddMonths(3).Year,
                    (issued.AddMonths(3).Month + 2) / 3 * 3), Recurrence.Quarterly);
            case "半年":
                var half = issued.Month <= 6 ? new DateOnly(issued.Year, 6, 30) : new DateOnly(issued.Year, 12, 31);
                return (half > issued ? half : half.AddMonths(6), Recurrence.HalfYearly);
        }
        if (!m.Groups["yearMonth"].Success) return null; // 每年 without a month sets no date
        var month = int.Parse(m.Groups["yearMonth"].Value);
        if (month is < 1 or > 12) return null;
        DateOnly In(int year) => m.Groups["yearDay"].Success
            ? new DateOnly(year, month, Math.Min(int.Parse(m.Groups["yearDay"].Value),
                DateTime.DaysInMonth(year, month)))
            : MonthEnd(year, month);
        var due = In(issued.Year);
        return (due > issued ? due : In(issued.Year + 1), Recurrence.Yearly);
    }

    static int QuarterOf(char c) => c switch { '一' or '1' => 1, '二' or '2' => 2, '三' or '3' => 3, _ => 4 };

    static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    static bool InsideTitle(string text, int at) => text.LastIndexOf('《', at) > text.LastIndexOf('》', at);

    /// <summary>The clause holding the date, carried over the next clause when it says no more than the date
    /// ("到2025年," + "全县区域评估完成率不低于90%").</summary>
    static string Clause(string text, int start, int end)
    {
        var from = text.LastIndexOfAny(ClauseEnds, Math.Max(0, start - 1)) + 1;
        var to = NextEnd(text, end);
        var rest = text[end..to].Trim().TrimStart('前').Trim();
        if (rest.Length < 3 && to < text.Length && text[to] is not ('。' or '；' or ';'))
            to = NextEnd(text, to + 1);
        return text[from..to].Trim();
    }

    static int NextEnd(string text, int from)
    {
        var at = text.IndexOfAny(ClauseEnds, Math.Min(from, text.Length));
        return at < 0 ? text.Length : at;
    }

    static readonly char[] ClauseEnds = ['，', ',', '；', ';', '。', ':', '：', '\n'];

    [GeneratedRegex(@"每\s*(?<every>年|季度|半年|月)(?:\s*(?<yearMonth>\d{1,2})\s*月(?:\s*(?<yearDay>\d{1,2})\s*日|底|末|份)?)?"
        + @"|(?<![\d\-—–~至])(?<year>\d{4})\s*年(?!\s*[起以度至\-—–]|开始|以来)"
        + @"(?:\s*(?<month>\d{1,2})\s*月(?:\s*(?<day>\d{1,2})\s*日)?|\s*(?<part>上半年|下半年|[一二三四1-4]季度))?")]
    private static partial Regex DateExpression();
}
