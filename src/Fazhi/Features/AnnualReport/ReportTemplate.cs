using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Kernel;
using Fazhi.Kernel.Figures;

namespace Fazhi.Features.AnnualReport;

/// <summary>Report prose with its figures linked: a template holds {{key}} (the figure as shown, "69件", "28.42%")
/// or {{key:n}} (a rate's numerator) where a number stands. Rendered, each becomes today's value; in the editor,
/// {{key=69件}}, so staff edit the words around it while the number stays the record's: a token whose value was
/// changed is refused.</summary>
public static partial class ReportTemplate
{
    [GeneratedRegex(@"\{\{([a-z0-9_.]+)(?::(n))?(?:=([^{}]*))?\}\}")]
    private static partial Regex Token();

    public static string Of(string key) => $"{{{{{key}}}}}";

    public static string Numerator(string key) => $"{{{{{key}:n}}}}";

    static string Value(Figure f, bool numerator) =>
        numerator ? (f.Numerator ?? (long)f.Value).ToString() : f.Display;

    static Figure FigureOf(Match m, IReadOnlyDictionary<string, Figure> figures) =>
        figures.TryGetValue(m.Groups[1].Value, out var f) ? f
            : throw new DomainException("Text", $"没有统计指标“{m.Groups[1].Value}”");

    /// <summary>The text as printed.</summary>
    public static string Plain(string template, IReadOnlyDictionary<string, Figure> figures) =>
        Token().Replace(template, m => Value(FigureOf(m, figures), m.Groups[2].Success));

    /// <summary>HTML with each figure a link to the records it counts.</summary>
    public static string Html(string template, IReadOnlyDictionary<string, Figure> figures)
    {
        var html = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in Token().Matches(template))
        {
            html.Append(WebUtility.HtmlEncode(template[at..m.Index]));
            var f = FigureOf(m, figures);
            var numerator = m.Groups[2].Success;
            var url = numerator ? f.NumeratorUrl ?? f.RecordsUrl : f.RecordsUrl;
            html.Append($"<a class=\"figure\" data-key=\"{f.Key}\" href=\"{WebUtility.HtmlEncode(url)}\" " +
                $"title=\"{WebUtility.HtmlEncode(f.Label)}\">{WebUtility.HtmlEncode(Value(f, numerator))}</a>");
            at = m.Index + m.Length;
        }
        return html.Append(WebUtility.HtmlEncode(template[at..])).ToString();
    }

    /// <summary>The pieces of the text in order: words, and figures with the URL of their records.</summary>
    public static IEnumerable<(string Text, string? Url)> Pieces(string template,
        IReadOnlyDictionary<string, Figure> figures)
    {
        var at = 0;
        foreach (Match m in Token().Matches(template))
        {
            if (m.Index > at) yield return (template[at..m.Index], null);
            var f = FigureOf(m, figures);
            var numerator = m.Groups[2].Success;
            yield return (Value(f, numerator), numerator ? f.NumeratorUrl ?? f.RecordsUrl : f.RecordsUrl);
            at = m.Index + m.Length;
        }
        if (at < template.Length) yield return (template[at..], null);
    }

    /// <summary>The text for the editor: each figure with the value it stands at.</summary>
    public static string ForEditing(string template, IReadOnlyDictionary<string, Figure> figures) =>
        Token().Replace(template, m => $"{{{{{m.Groups[1].Value}{(m.Groups[2].Success ? ":n" : "")}=" +
            $"{Value(FigureOf(m, figures), m.Groups[2].Success)}}}}}");

    /// <summary>Takes edited text back as a template. A figure's value changed in the text, an unknown figure, or
    /// braces left broken refuse the whole edit, naming the figure.</summary>
    public static string FromEditing(string text, IReadOnlyDictionary<string, Figure> figures, int max)
    {
        text = (text ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length > max) throw new DomainException("Text", $"本部分不超过{max}字");
        var template = Token().Replace(text, m =>
        {
            var f = FigureOf(m, figures);
            var numerator = m.Groups[2].Success;
            if (m.Groups[3].Success && m.Groups[3].Value.Trim() != Value(f, numerator))
                throw new DomainException("Text", $"统计数字“{f.Label}”被改为“{m.Groups[3].Value}”，" +
                    $"应为{Value(f, numerator)}：报告中的数字来自业务记录，不能在报告中修改；如有错误，请更正相应的记录");
            return numerator ? Numerator(f.Key) : Of(f.Key);
        });
        if (Token().Replace(template, "").Contains("{{") || Token().Replace(template, "").Contains("}}"))
            throw new DomainException("Text", "统计数字的标记“{{…}}”不完整，请撤销对标记的修改");
        return template;
    }

    /// <summary>The figures a template names.</summary>
    public static IEnumerable<string> Keys(string template) =>
        Token().Matches(template).Select(m => m.Groups[1].Value);
}
