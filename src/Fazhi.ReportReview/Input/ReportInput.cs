using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.ReportReview.Input;

/// <summary>A file that cannot be read as a report, with a reason a person can act on.</summary>
public class UnreadableReportException(string message) : Exception(message);

/// <summary>Turns a report file — plain text, a saved web page, a .docx or a text PDF — into its plain text; tables
/// become lines of cells separated by tabs.</summary>
public static partial class ReportInput
{
    public const int MaxBytes = 20 * 1024 * 1024; // annual reports run to tens of kilobytes

    public static string Read(byte[] bytes, string? fileName = null) =>
        string.Join("\n", ReadPages(bytes, fileName));

    /// <summary>The text page by page: a PDF's pages, or one page for the other formats.</summary>
    public static List<string> ReadPages(byte[] bytes, string? fileName = null)
    {
        if (bytes.Length > MaxBytes)
            throw new UnreadableReportException(
                $"文件过大（{bytes.Length / 1024 / 1024} MB），上限为 {MaxBytes / 1024 / 1024} MB");
        return PdfText.IsPdf(bytes) ? PdfText.Pages(bytes) : [ReadOne(bytes, fileName)];
    }

    static string ReadOne(byte[] bytes, string? fileName)
    {
        if (bytes.Length == 0) return "";
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K') return Docx(bytes);
        var text = Decode(bytes);
        if (LooksBinary(text))
            throw new UnreadableReportException("文件不是文本、网页、Word（.docx）或 PDF 文档");
        return LooksHtml(text, fileName) ? HtmlText.Of(text) : text;
    }

    /// <summary>The unpacked parts a report may have: its text is tens of kilobytes, its pictures a few megabytes.
    /// </summary>
    const long MaxDocxPart = 32L * 1024 * 1024, MaxDocxTotal = 128L * 1024 * 1024;

    static string Docx(byte[] bytes)
    {
        var package = new MemoryStream(bytes);
        if (PackageGuard.Check(package, MaxDocxPart, MaxDocxTotal) is { } tooLarge)
            throw new UnreadableReportException(tooLarge);
        try
        {
            using var doc = WordprocessingDocument.Open(package, false);
            var body = doc.MainDocumentPart?.Document?.Body
                       ?? throw new UnreadableReportException("Word 文档中没有正文");
            var numbering = new DocxNumbering(doc.MainDocumentPart);
            string Text(Paragraph p) => numbering.LabelOf(p) + p.InnerText;
            return string.Join("\n", body.Elements().SelectMany(e => e switch
            {
                Table table => DocxTable.Rows(table),
                Paragraph p => [Text(p)],
                _ => e.Descendants<Paragraph>().Select(Text),
            }));
        }
        // A damaged package fails in many ways.
        catch (Exception e) when (e is not (UnreadableReportException or OutOfMemoryException))
        {
            throw new UnreadableReportException(
                $"无法读取 Word 文档（文件可能已损坏或不是 .docx）：{e.Message}");
        }
    }

    /// <summary>UTF-8 when it decodes cleanly, otherwise the charset a page declares if it is Big5 (Traditional sites),
    /// else GB18030, which also reads what older government pages declare as gb2312 or gbk.</summary>
    static string Decode(byte[] bytes)
    {
        try { return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var gb18030 = Encoding.GetEncoding("GB18030");
            var big5 = Encoding.GetEncoding("big5");
            // A declaration is ASCII, which GB18030 reads as it is, in a Big5 page too (it pairs Big5's bytes alike).
            var head = gb18030.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var encoding = HtmlText.DeclaredEncoding(head)?.CodePage == big5.CodePage ? big5 : gb18030;
            return encoding.GetString(bytes);
        }
    }

    static bool LooksBinary(string text)
    {
        var sample = text.Length > 4096 ? text[..4096] : text;
        var control = sample.Count(c => c < 32 && c is not ('\n' or '\r' or '\t' or '\f'))
                      + sample.Count(c => c == '\uFFFD');
        return control > sample.Length / 20 + 2;
    }

    static bool LooksHtml(string text, string? fileName) =>
        fileName?.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) == true
        || fileName?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true
        || HtmlStart().IsMatch(text.Length > 2000 ? text[..2000] : text);

    [GeneratedRegex(@"<\s*(html|body|div|p|!doctype|meta|head)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
}
