using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.ReportReview.Input;

/// <summary>The labels Word draws in front of automatically numbered paragraphs ("一、", "（二）", "3."), which
/// are not part of the paragraph text. Headings numbered this way would otherwise reach the outline without their
/// numbering.</summary>
sealed class DocxNumbering(MainDocumentPart main)
{
    readonly Numbering? numbering = main.NumberingDefinitionsPart?.Numbering;
    readonly Styles? styles = main.StyleDefinitionsPart?.Styles;
    readonly Dictionary<int, int[]> counters = [];

    /// <summary>The label of the paragraph ("" when it is not numbered), advancing the list's counters.</summary>
    public string LabelOf(Paragraph paragraph)
    {
        if (numbering is null || NumberingOf(paragraph) is not var (numId, level) || level is < 0 or > 8) return "";
        if (LevelsOf(numId) is not { } levels || !levels.TryGetValue(level, out var current)) return "";
        if (!counters.TryGetValue(numId, out var count)) counters[numId] = count = new int[9];
        count[level] = count[level] == 0 ? StartOf(current) : count[level] + 1;
        for (var deeper = level + 1; deeper < 9; deeper++) count[deeper] = 0;
        if (FormatOf(current) is "bullet" or "none") return "";
        var text = current.LevelText?.Val?.Value ?? "";
        for (var l = 0; l <= level; l++)
        {
            var outer = levels.GetValueOrDefault(l);
            text = text.Replace($"%{l + 1}", Format(Math.Max(count[l], StartOf(outer)), FormatOf(outer)));
        }
        return text;
    }

    /// <summary>The paragraph's own numbering, else the numbering its style carries (heading styles linked to a
    /// list).</summary>
    (int NumId, int Level)? NumberingOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        if (own?.NumberingId?.Val?.Value is { } id) return (id, own.NumberingLevelReference?.Val?.Value ?? 0);
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        var linked = style?.StyleParagraphProperties?.NumberingProperties;
        return linked?.NumberingId?.Val?.Value is { } styleNum
            ? (styleNum, linked.NumberingLevelReference?.Val?.Value ?? 0)
            : null;
    }

    Dictionary<int, Level>? LevelsOf(int numId)
    {
        var instance = numbering!.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        return numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>()
            .Where(l => l.LevelIndex?.Value is not null)
            .DistinctBy(l => l.LevelIndex!.Value)
            .ToDictionary(l => l.LevelIndex!.Value);
    }

    static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    static string FormatOf(Level? level) => level?.NumberingFormat?.Val?.InnerText ?? "decimal";

    /// <summary>Word's counting styles that reports use: Chinese counting (一、二 … 十一) and decimal; others as
    /// decimal.</summary>
    static string Format(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "ideographDigital" or "taiwanCountingThousand"
            or "chineseLegalSimplified" => Chinese(n),
        _ => n.ToString(),
    };

    static string Chinese(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        return n.ToString();
    }
}
