using System.Text.RegularExpressions;

namespace Fazhi.Features.Plans.Reading;

/// <summary>The numbering of a Chinese official document's items, by rank: 一、 then (一) then 1. then (1).</summary>
public static partial class TaskNumbers
{
    /// <summary>The number at the start of a line and its rank (1 highest), or null for an unnumbered line.</summary>
    public static (string Number, int Rank)? Of(string line)
    {
        var m = Numbered().Match(line);
        if (!m.Success) return null;
        var rank = m.Groups["part"].Success ? 1 : m.Groups["item"].Success ? 2 : m.Groups["point"].Success ? 3 : 4;
        return (m.Value.Trim(), rank);
    }

    /// <summary>Two numbers written alike whatever their brackets, width or trailing mark: "（四）" is "(四)", "1、"
    /// is "1.".</summary>
    public static string Key(string number) =>
        number.Trim().Replace('（', '(').Replace('）', ')').Replace('、', '.').Replace('．', '.').TrimEnd('.');

    [GeneratedRegex(@"^\s*(?:(?<part>[一二三四五六七八九十]+、)|(?<item>[（(][一二三四五六七八九十]+[）)])" +
        @"|(?<point>\d{1,3}[.．、](?!\d))|(?<sub>[（(]\d{1,3}[）)]|[①-⑳]))")]
    private static partial Regex Numbered();
}
