using System.Globalization;
using System.Text.RegularExpressions;
using Fazhi.ReportReview.Structure;

namespace Fazhi.ReportReview.Figures;

/// <summary>One quantitative statement of a report. Offsets index the normalised text; Quote is the figure as written.</summary>
public sealed record ReportFigure(
    string? Key, string? KeyName, decimal Value, string Unit, bool Approximate, string Quote, int Start, int End,
    string NounPhrase, string Section, string Sentence);

/// <summary>Finds every number with a unit (件, 人次, %, 万元 …), its approximation marks (余/多/近/约) and magnitude
/// (万/亿), and names it with a canonical key when the catalogue recognises the phrase before it.</summary>
public static partial class FigureExtractor
{
    public static List<ReportFigure> Extract(string text, IReadOnlyList<Heading> headings)
    {
        var sentences = Outline.Sentences(text).ToList();
        var sentenceStarts = sentences.Select(s => s.Offset).ToArray();
        var headingStarts = headings.Select(h => h.Offset).ToArray();
        var figures = new List<ReportFigure>();
        foreach (Match m in Number().Matches(text))
        {
            if (m.Index > 0 && (char.IsAsciiLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is '第' or '.')) continue;
            var value = m.Groups["num"].Success
                ? decimal.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture)
                : 1m;
            value *= m.Groups["mag"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, "千" => 1_000m, "百" => 100m, "十" => 10m, _ => 1m };
            var unit = m.Groups["unit"].Value;
            if (unit is "万元" or "亿元") { value *= unit == "万元" ? 10_000m : 100_000_000m; unit = "元"; }
            var approximate = m.Groups["pre"].Value is "近" or "约" or "超过" or "超" or "逾" or "上" or "数" || m.Groups["post"].Success || m.Groups["over"].Success;
            var start = m.Index + (m.Groups["pre"].Value is "达" or "达到" ? m.Groups["pre"].Length : 0);
            var sentenceIndex = LastAtOrBefore(sentenceStarts, m.Index);
            var sentence = sentenceIndex >= 0 ? sentences[sentenceIndex] : new Outline.Sentence(text, 0);
            var clause = Clause(text, sentence.Offset, m.Index);
            var contextStart = sentenceIndex > 0 ? sentences[sentenceIndex - 1].Offset : sentence.Offset;
            // The phrase usually precedes the number ("办理行政复议案件244件"), sometimes follows it ("举办25场校园讲座").
            var entry = KeyFor(clause, unit, text, contextStart, m.Index) ?? KeyFor(ClauseAfter(text, m.Index + m.Length), unit, text, contextStart, m.Index);
            figures.Add(new ReportFigure(entry?.Key, entry?.Name, value, unit, approximate, text[start..(m.Index + m.Length)], start, m.Index + m.Length,
                NounPhrase(clause), SectionAt(headings, LastAtOrBefore(headingStarts, m.Index)), sentence.Text));
        }
        return figures;
    }

    /// <summary>The text between the last clause break (，；：、) and the number.</summary>
    static string Clause(string text, int sentenceStart, int at)
    {
        var from = at - 1;
        while (from >= sentenceStart && text[from] is not (',' or '，' or ';' or '；' or ':' or '：' or '、' or '\n')) from--;
        return text[(from + 1)..at].Trim();
    }

    static string ClauseAfter(string text, int from)
    {
        var to = from;
        while (to < text.Length && to - from < 20 && text[to] is not (',' or '，' or ';' or '；' or ':' or '：' or '、' or '。' or '\n')) to++;
        return text[from..to];
    }

    static CatalogueEntry? KeyFor(string clause, string unit, string text, int contextStart, int at)
    {
        var window = text[contextStart..at];
        CatalogueEntry? best = null;
        var bestContext = -1;
        foreach (var e in FigureCatalogue.Entries)
        {
            if (!e.Units.Contains(unit) || !e.Phrases.Any(clause.Contains)) continue;
            if (e.Context is not { Length: > 0 }) return best ?? e;
            // Where several entries share a phrase ("审结"), the topic mentioned last before the number decides.
            var last = e.Context.Max(c => window.LastIndexOf(c, StringComparison.Ordinal));
            if (last > bestContext) { best = e; bestContext = last; }
        }
        return best;
    }

    static string NounPhrase(string clause)
    {
        var s = LeadWords().Replace(clause, "").Trim();
        return s.Length > 24 ? s[^24..] : s;
    }

    /// <summary>The index of the last offset at or before the position (offsets ascending), or -1.</summary>
    public static int LastAtOrBefore(int[] offsets, int position)
    {
        var i = Array.BinarySearch(offsets, position);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The heading path ("一、… > （二）…") of the heading at index last and its ancestors.</summary>
    static string SectionAt(IReadOnlyList<Heading> headings, int last)
    {
        var path = new List<Heading>();
        for (var i = last; i >= 0; i--)
            if (path.Count == 0 || headings[i].Level < path[^1].Level) path.Add(headings[i]);
        path.Reverse();
        return string.Join(" > ", path.Select(h => h.Numbering + h.Title));
    }

    [GeneratedRegex(@"(?:(?<pre>近|约|超过|超|逾|达到|达)?(?<num>\d+(?:\.\d+)?)(?<mag>万|亿)?|(?<pre>近|约|逾|上|数)(?<mag>[十百千万亿]))(?<post>余|多)?(?<unit>%|‰|万元|亿元|元|人次|户次|件次|场次|批次|家次|次|件|人|个工作日|工作日|个百分点|个|家|条|项|部|场|份|名|天|户|宗|起|所|篇|期|批|处|倍|卷|本|张|座|亩|小时|方面|支|套|台|辆|轮|门|大类|类|级|公斤|吨|省|市|通)(?<over>以上)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(全年|全市|全县|全区|全省|今年以来|今年|其中|共计|共|累计|合计|总计|先后|已|均|全部)+")] private static partial Regex LeadWords();
}
