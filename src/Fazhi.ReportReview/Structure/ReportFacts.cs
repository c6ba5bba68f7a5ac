using System.Text.RegularExpressions;

namespace Fazhi.ReportReview.Structure;

/// <summary>Year covered, issuer and publication date, when the text states them, and the publication deadline:
/// the report is made public before 1 April of the next year (督察工作规定 第24条, facts.md §2.4).</summary>
public sealed partial record ReportFacts(
    int? Year, string? Issuer, DateOnly? PublishedOn, DateOnly? Deadline, bool? DeadlineMet)
{
    public static ReportFacts Of(string text)
    {
        var head = text.Length > 600 ? text[..600] : text;
        int? year = null;
        string? issuer = null;
        if (TitleLine().Match(head) is { Success: true } t)
        {
            issuer = t.Groups["issuer"].Value.Trim();
            if (issuer.StartsWith("关于")) issuer = issuer[2..];
            // "太康县人民政府\n关于2023年法治政府建设情况的报告": the issuer stands on the line
            // above the title.
            if (issuer.Length == 0 && LineBefore(head, t.Index) is { } above && IssuerLine().IsMatch(above))
                issuer = above;
            year = int.Parse(t.Groups["year"].Value);
        }
        else if (Opening().Match(head) is { Success: true } o)
        {
            year = int.Parse(o.Groups["year"].Value);
            var who = o.Groups["who"].Value;
            issuer = who.StartsWith('我') ? PlaceCalled(text, who[1..]) : who;
        }
        else if (YearOpening().Match(head) is { Success: true } y0)
        {
            year = int.Parse(y0.Groups["year"].Value);
            if (We().Match(head) is { Success: true } we) issuer = PlaceCalled(text, we.Groups[1].Value);
        }
        DateOnly? published = null;
        foreach (var d in Dates(text))
            if (year is null || d.Year == year + 1) published = d;
        DateOnly? deadline = year is { } y ? new DateOnly(y + 1, 3, 31) : null;
        return new ReportFacts(year, string.IsNullOrEmpty(issuer) ? null : issuer, published, deadline,
            published is { } p && deadline is { } dl ? p <= dl : null);
    }

    /// <summary>Dates labelled as the publication date, and lines that are only a date (the 落款 under a report),
    /// in Arabic or Chinese numerals ("二〇二四年二月二十八日"), in text order.</summary>
    static IEnumerable<DateOnly> Dates(string text)
    {
        var found = new List<(int At, DateOnly Date)>();
        foreach (Match m in DateLine().Matches(text))
            if (DateOnly.TryParse($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", out var d))
                found.Add((m.Index, d));
        foreach (Match m in ChineseDateLine().Matches(text))
        {
            var y = string.Concat(
                m.Groups["y"].Value.Select(c => "〇一二三四五六七八九".IndexOf(c == '零' ? '〇' : c)));
            if (Figures.NumberReader.ChineseValue(m.Groups["m"].Value) is { } month
                && Figures.NumberReader.ChineseValue(m.Groups["d"].Value) is { } day
                && DateOnly.TryParse($"{y}-{month}-{day}", out var d))
                found.Add((m.Index, d));
        }
        return found.OrderBy(f => f.At).Select(f => f.Date);
    }

    static string? LineBefore(string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1));
        if (lineStart <= 0) return null;
        var previous = text.LastIndexOf('\n', lineStart - 1);
        return text[(previous + 1)..lineStart].Trim();
    }

    /// <summary>"我县" in a report means the county the text names most often ("开阳县"): the most frequent name
    /// of two to four characters before that kind of place, or before 自治区 for a region.</summary>
    static string? PlaceCalled(string text, string kind)
    {
        var suffixes = kind == "区" ? new[] { "自治区", "区" } : [kind];
        var counts = new Dictionary<string, int>();
        foreach (var suffix in suffixes)
            for (var at = text.IndexOf(suffix, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(suffix, at + suffix.Length, StringComparison.Ordinal))
                for (var n = 2; n <= 4 && at - n >= 0; n++)
                {
                    var name = text.Substring(at - n, n);
                    if (!name.All(c => c is >= '\u4e00' and <= '\u9fff')
                        || NotNames.Any(name.EndsWith) || NotNames.Any(name.StartsWith))
                        continue;
                    var place = name + suffix;
                    counts[place] = counts.GetValueOrDefault(place) + 1;
                }
        var best = counts.Where(kv => kv.Value >= 3)
            .OrderByDescending(kv => kv.Value)
            .ThenByDescending(kv => kv.Key.Length)
            .FirstOrDefault();
        return best.Key;
    }

    static readonly string[] NotNames =
    [
        "全", "本", "各", "我", "该", "社", "园", "城", "辖", "牧", "景", "校", "片",
        "开发", "示范", "试点", "自治", "乡", "镇", "街道", "地", "两", "县", "市",
    ];

    [GeneratedRegex(@"(?<issuer>[\u4e00-\u9fff]{2,30}?)(?<year>20\d{2})\s*年(度)?\s*法治政府建设")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^\s*(?<year>20\d{2})\s*年\s*[,，]\s*(?<who>我[区市县省旗]" +
                    @"|[\u4e00-\u9fff]{2,12}?(自治区|省|市|县|区|旗|盟|州)(人民政府)?)")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^\s*(?<year>20\d{2})\s*年\s*[,，]")] private static partial Regex YearOpening();
    [GeneratedRegex(@"我([县市区省旗])")] private static partial Regex We();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,30}(人民政府|政府|厅|局|委员会|办公室|司法局|部)$")]
    private static partial Regex IssuerLine();

    [GeneratedRegex(@"^[ \t]*(?<y>[〇零一二三四五六七八九]{4})\s*年" +
                    @"\s*(?<m>[一二三四五六七八九十]{1,2})\s*月" +
                    @"\s*(?<d>[一二三四五六七八九十]{1,3})\s*日[ \t]*$",
                    RegexOptions.Multiline)]
    private static partial Regex ChineseDateLine();

    /// <summary>A date labelled as the publication date, or a line that is only a date (the 落款 under a
    /// report).</summary>
    [GeneratedRegex(
        @"(?:(?:发布|成文|印发|公开)(?:时间|日期)\s*[:：]\s*" +
        @"(?<y>20\d{2})\s*[年\-./]\s*(?<m>\d{1,2})\s*[月\-./]\s*(?<d>\d{1,2}))" +
        @"|(?:^[ \t]*(?<y>20\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日[ \t]*$)" +
        @"|(?:^[ \t]*(?<y>20\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})[ \t]*$)",
        RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
