using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.Features.AnnualReport;

/// <summary>A .docx in 公文 layout: A4, margins 37/35/28/26 mm, title in 小标宋 二号, body in 仿宋_GB2312 三
/// 号 with two-character
/// indent and fixed 28.95 pt lines.</summary>
public static class ReportDocx
{
    public static byte[] Build(string title, string body)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var b = new Body();
            b.Append(Para(title, "方正小标宋简体", 44, JustificationValues.Center, indent: false));
            foreach (var p in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                b.Append(Para(p, "仿宋_GB2312", 32, JustificationValues.Both, indent: true));
            b.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(b);
        }
        return ms.ToArray();
    }

    static Paragraph Para(string text, string font, int halfPoints, JustificationValues align, bool indent)
    {
        var props = new ParagraphProperties(
            new Justification { Val = align },
            new SpacingBetweenLines { Line = "579", LineRule = LineSpacingRuleValues.Exact });
        if (indent) props.Append(new Indentation { FirstLineChars = 200 });
        var run = new Run(
            new RunProperties(
                new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font },
                new FontSize { Val = halfPoints.ToString() }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(props, run);
    }
}
