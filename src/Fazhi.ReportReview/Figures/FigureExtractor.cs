using System.Text.RegularExpressions;
using Fazhi.ReportReview.Input;
using Fazhi.ReportReview.Structure;
using Fazhi.ReportReview.Tables;

namespace Fazhi.ReportReview.Figures;

/// <summary>One quantitative statement of a report. Offsets index the normalised text; Quote is the figure as
/// written (an amount keeps "2368.5万元" while its Value is in 元). Kind: count, amount, rate, change, rank,
/// duration, measure or score. A table cell's NounPhrase is its row label and column header.</summary>
public sealed record ReportFigure(
    string? Key, string? KeyName, decimal Value, string Unit, bool Approximate, string Quote, int Start, int End,
    string NounPhrase, string Section, string Sentence, string Kind = "count", bool InTable = false);

/// <summary>Turns every quantity NumberReader finds into a figure with its sentence, section and noun phrase, and
/// names it with a canonical key when the catalogue recognises the phrase around it.</summary>
public static partial class FigureExtractor
{
    /// <summary>A year's report states hundreds of figures, a statistics annex a few thousand; a text with more is
    /// refused before the work per figure begins.</summary>
    public const int MaxFigures = 50_000;

    public static List<ReportFigure> Extract(
        string text, IReadOnlyList<Heading> headings, IReadOnlyList<TableGrid>? tables = null)
    {
        tables ??= [];
        var cells = tables.SelectMany(CellFigures).ToList();
        var taken = cells.Select(c => (c.Start, c.End)).ToList();
        var headingStarts = headings.Select(h => h.Offset).ToArray();
        var figures = Prose(text, headings, headingStarts, taken);
        foreach (var c in cells)
            figures.Add(c with { Section = SectionAt(headings, LastAtOrBefore(headingStarts, c.Start)) });
        figures.Sort((a, b) => a.Start.CompareTo(b.Start));
        return figures;
    }

    /// <summary>Every number of a table's body, with its row label and column header.</summary>
    static IEnumerable<ReportFigure> CellFigures(TableGrid g)
    {
        for (var i = g.HeaderRows; i < g.RowCount; i++)
            for (var j = g.LabelColumns; j < g.ColumnCount; j++)
                if (g.Values[i, j] is { } v)
                    yield return new ReportFigure(null, null, v.Value, v.Unit, v.Approximate, v.Quote, v.Start, v.End,
                        $"{g.RowLabels[i]}·{g.ColumnHeaders[j]}".Trim('·'), "",
                        string.Join(" | ", g.Table.Rows[i].Select(c => c.Text)), v.Kind ?? "count", true);
    }

    static List<ReportFigure> Prose(
        string text, IReadOnlyList<Heading> headings, int[] headingStarts, List<(int Start, int End)> taken)
    {
        var sentences = Outline.Sentences(text).ToList();
        var sentenceStarts = sentences.Select(s => s.Offset).ToArray();
        var figures = new List<ReportFigure>();
        var next = 0; // cells of tables, in text order
        var numbers = NumberReader.Read(text).ToList();
        if (numbers.Count + taken.Count > MaxFigures)
            throw new UnreadableReportException(
                $"文中有{numbers.Count + taken.Count:N0}处数字，超过{MaxFigures:N0}处的上限，" +
                "不像一份年度报告；" +
                "请分成几份再评议");
        foreach (var n in numbers)
        {
            while (next < taken.Count && taken[next].End <= n.Start) next++;
            if (next < taken.Count && taken[next].Start < n.End) continue;
            var sentenceIndex = LastAtOrBefore(sentenceStarts, n.At);
            var sentence = sentenceIndex >= 0 ? sentences[sentenceIndex] : new Outline.Sentence(text, 0);
            var clause = Clause(text, sentence.Offset, n.At);
            // The sentence before, up to 300 characters: a text that is one endless sentence stays linear.
            var contextStart = Math.Max(n.At - 300,
                sentenceIndex > 0 ? sentences[sentenceIndex - 1].Offset : sentence.Offset);
            // The phrase usually precedes the number ("办理行政复议案件244件"), sometimes follows it
            // ("举办25场校园讲座").
            // "败诉率同比下降17.65%" states a change, not the rate itself.
            var change = ChangeWords().IsMatch(clause);
            var entry = change ? null
                : KeyFor(clause, n.Unit, text, contextStart, n.At, sentence)
                  ?? KeyFor(ClauseAfter(text, n.End), n.Unit, text, contextStart, n.At, sentence)
                  ?? KeyFor(ListVerb(text, sentence.Offset, n.At), n.Unit, text, contextStart, n.At, sentence);
            figures.Add(new ReportFigure(
                entry?.Key, entry?.Name, n.Value, n.Unit, n.Approximate, text[n.Start..n.End], n.Start, n.End,
                NounPhrase(clause), SectionAt(headings, LastAtOrBefore(headingStarts, n.At)), sentence.Text,
                KindOf(n, change)));
        }
        return figures;
    }

    static string KindOf(NumberMention n, bool change) => n.Kind ?? n.Unit switch
    {
        "%" or "‰" => change ? "change" : "rate",
        "个百分点" or "倍" => "change",
        "元" => "amount",
        "分" => "score",
        "年" or "个月" or "天" or "个工作日" or "工作日" or "小时" => "duration",
        "微克/立方" +
            "米" or "毫克/立方" +
                "米" or "平方公里" or "平方米" or "立方米" or "公顷" or "千瓦时" or "学时" or "课时"
            or "公斤" or "吨" or "公里" or "亩" => "measure",
        _ => change ? "change" : "count",
    };

    /// <summary>The text between the last clause break (，；：, and 、 unless listBreaks is off) and the
    /// number.</summary>
    static string Clause(string text, int sentenceStart, int at, bool listBreaks = true)
    {
        var from = at - 1;
        while (from >= sentenceStart && at - from < 200
               && text[from] is not (',' or '，' or ';' or '；' or ':' or '：' or '\n')
               && (!listBreaks || text[from] != '、'))
            from--;
        return text[(from + 1)..at].Trim();
    }

    /// <summary>For a figure closing a list of qualifiers
    /// ("备案审查各盟市、自治区各部门规范性文件283件"), the first item, which carries the verb they
    /// share.
    /// A list whose items have their own figures ("示范户3435户、法律明白人21968名") or that ends
    /// in a summary ("撤销、变更等纠错决定") has none.</summary>
    static string ListVerb(string text, int sentenceStart, int at)
    {
        var list = Clause(text, sentenceStart, at, listBreaks: false);
        var firstItem = list.IndexOf('、');
        return firstItem < 0 || list.Any(char.IsAsciiDigit) || list.Contains('等') ? "" : list[..firstItem];
    }

    static string ClauseAfter(string text, int from)
    {
        var to = from;
        while (to < text.Length && to - from < 20
               && text[to] is not (',' or '，' or ';' or '；' or ':' or '：' or '、' or '。' or '\n'))
            to++;
        return text[from..to];
    }

    static CatalogueEntry? KeyFor(
        string clause, string unit, string text, int contextStart, int at, Outline.Sentence sentence)
    {
        CatalogueEntry? best = null;
        var bestContext = -1;
        foreach (var e in FigureCatalogue.For(unit))
        {
            if (!e.Phrases.Any(p => Affirmed(clause, p))) continue;
            if (e.Topic is { Length: > 0 } && !e.Topic.Any(sentence.Text.Contains)) continue;
            if (e.Context is not { Length: > 0 }) return best ?? e;
            // Where several entries share a phrase ("审结"), the topic mentioned last before the number decides.
            var (from, window) = e.ContextInSentence
                ? (sentence.Offset, sentence.Text)
                : (contextStart, text[contextStart..at]);
            var last = e.Context.Max(c =>
                window.LastIndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? from + i : -1);
            if (last > bestContext) { best = e; bestContext = last; }
        }
        return best;
    }

    /// <summary>The phrase stands in the clause and is not negated ("未化解成功转立案2件" counts no
    /// success).</summary>
    static bool Affirmed(string clause, string phrase)
    {
        for (var i = clause.IndexOf(phrase, StringComparison.Ordinal); i >= 0;
             i = clause.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            if (i == 0 || clause[i - 1] is not ('未' or '不' or '无' or '没')) return true;
        return false;
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

    [GeneratedRegex(@"(同比|环比|比上年|较上年|比去年|较去年)" +
                    @"|(下降|增长|上升|提高|降低|减少|增加" +
                    @"|增幅|降幅|增速|涨幅)(了|为|达|达到)?$")]
    private static partial Regex ChangeWords();

    [GeneratedRegex(@"^(全年|全市|全县|全区|全省|今年以来|今年|其中|共计|共" +
                    @"|累计|合计|总计|先后|已|均|全部)+")]
    private static partial Regex LeadWords();
}
