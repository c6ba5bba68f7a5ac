using System.Net;
using Fazhi.Kernel.Figures;

namespace Fazhi.Features.AnnualReport;

/// <summary>A report laid out for its outputs: paragraphs for the .docx (figures linked to their records on this
/// server), and a standalone HTML page.</summary>
public static class ReportDocument
{
    public static IEnumerable<DocParagraph> Paragraphs(YearReport r, IReadOnlyDictionary<string, Figure> figures,
        string site) =>
        Enum.GetValues<ReportPart>().SelectMany(p => r[p].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => new DocParagraph([.. ReportTemplate.Pieces(line, figures)
                .Select(x => (x.Text, x.Url is null ? null : site + x.Url))]))
            .Prepend(new DocParagraph([(ReportLabels.Heading(p, r.Year), null)], Heading: true)));

    /// <summary>The report as one page; with <paramref name="site"/> its figure links are absolute (a printed copy
    /// links back to the server).</summary>
    public static string Html(YearReport r, IReadOnlyDictionary<string, Figure> figures, string? site = null)
    {
        var body = string.Concat(Enum.GetValues<ReportPart>().Select(p =>
            $"<h2>{WebUtility.HtmlEncode(ReportLabels.Heading(p, r.Year))}</h2>" + string.Concat(r[p]
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => $"<p>{ReportTemplate.Html(line, figures)}</p>"))));
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">" +
            (site is null ? "" : $"<base href=\"{WebUtility.HtmlEncode(site)}/\">") +
            $"<title>{WebUtility.HtmlEncode(r.Title)}</title><style>body{{max-width:46em;margin:2em auto;" +
            "font-family:FangSong,'仿宋_GB2312',serif;font-size:16pt;line-height:1.8}h1{text-align:center;" +
            "font-family:'方正小标宋简体',serif}h2{font-family:SimHei,'黑体',sans-serif;font-size:16pt}" +
            "p{text-indent:2em}a.figure{color:#1f4e99}</style></head><body>" +
            $"<h1>{WebUtility.HtmlEncode(r.Title)}</h1>{body}</body></html>";
    }
}
