using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.Features.AnnualReport;

/// <summary>A paragraph of a report document: its pieces of text, each figure with the address of its records; a
/// heading (一、…) is set in 黑体.</summary>
public sealed record DocParagraph(IReadOnlyList<(string Text, string? Url)> Pieces, bool Heading = false);

/// <summary>A .docx in 公文 layout (GB/T 9704): A4, margins 37/35/28/26 mm, title in 方正小标宋简体 二号, headings in 黑体
/// and body in 仿宋_GB2312 三号 with two-character indent and fixed 28.95 pt lines; a figure is a link to the records it
/// counts.</summary>
public static class ReportDocx
{
    public static byte[] Build(string title, string body) => Build(title,
        body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => new DocParagraph([(p, null)])));

    public static byte[] Build(string title, IEnumerable<DocParagraph> paragraphs)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var b = new Body();
            b.Append(Para([Run(title, "方正小标宋简体", 44)], JustificationValues.Center, indent: false));
            foreach (var p in paragraphs)
                b.Append(Para(p.Pieces.Select(piece => piece.Url is { } url
                    ? (OpenXmlElement)new Hyperlink(Run(piece.Text, "仿宋_GB2312", 32, link: true))
                        { Id = main.AddHyperlinkRelationship(new Uri(url), true).Id }
                    : Run(piece.Text, p.Heading ? "黑体" : "仿宋_GB2312", 32)), JustificationValues.Both, indent: true));
            b.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(b);
        }
        return ms.ToArray();
    }

    static Run Run(string text, string font, int halfPoints, bool link = false)
    {
        // Schema order: fonts, colour, size, underline.
        var props = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font });
        if (link) props.Append(new Color { Val = "1F4E99" });
        props.Append(new FontSize { Val = halfPoints.ToString() });
        if (link) props.Append(new Underline { Val = UnderlineValues.Single });
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    static Paragraph Para(IEnumerable<OpenXmlElement> runs, JustificationValues align, bool indent)
    {
        var props = new ParagraphProperties(
            new Justification { Val = align },
            new SpacingBetweenLines { Line = "579", LineRule = LineSpacingRuleValues.Exact });
        if (indent) props.Append(new Indentation { FirstLineChars = 200 });
        var paragraph = new Paragraph(props);
        paragraph.Append(runs);
        return paragraph;
    }
}
