using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.ReportReview.Input;

/// <summary>A file that cannot be read as a report, with a reason a person can act on.</summary>
public class UnreadableReportException(string message) : Exception(message);

/// <summary>Turns a report file — plain text, a saved web page or a .docx — into its plain text.</summary>
public static partial class ReportInput
{
    public const int MaxBytes = 20 * 1024 * 1024; // annual reports run to tens of kilobytes

    public static string Read(byte[] bytes, string? fileName = null)
    {
        if (bytes.Length == 0) return "";
        if (bytes.Length > MaxBytes) throw new UnreadableReportException($"文件过大（{bytes.Length / 1024 / 1024} MB），上限为 {MaxBytes / 1024 / 1024} MB");
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K') return Docx(bytes);
        var text = Decode(bytes);
        if (LooksBinary(text)) throw new UnreadableReportException("文件不是文本、网页或 Word（.docx）文档");
        return LooksHtml(text, fileName) ? Html(text) : text;
    }

    static string Docx(byte[] bytes)
    {
        try
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var body = doc.MainDocumentPart?.Document?.Body ?? throw new UnreadableReportException("Word 文档中没有正文");
            var numbering = new DocxNumbering(doc.MainDocumentPart);
            return string.Join("\n", body.Descendants<Paragraph>().Select(p => numbering.LabelOf(p) + p.InnerText));
        }
        catch (Exception e) when (e is not (UnreadableReportException or OutOfMemoryException)) // a damaged package fails in many ways
        {
            throw new UnreadableReportException($"无法读取 Word 文档（文件可能已损坏或不是 .docx）：{e.Message}");
        }
    }

    /// <summary>UTF-8 when it decodes cleanly, otherwise the charset a page declares (Big5 on Traditional sites), else
    /// GB18030, which also reads what older government pages declare as gb2312 or gbk.</summary>
    static string Decode(byte[] bytes)
    {
        try { return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var declared = DeclaredCharset().Match(Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096))).Groups[1].Value.ToLowerInvariant();
            var encoding = declared is "big5" or "big5-hkscs" ? Encoding.GetEncoding("big5") : Encoding.GetEncoding("GB18030");
            return encoding.GetString(bytes);
        }
    }

    static bool LooksBinary(string text)
    {
        var sample = text.Length > 4096 ? text[..4096] : text;
        var control = sample.Count(c => c < 32 && c is not ('\n' or '\r' or '\t' or '\f')) + sample.Count(c => c == '\uFFFD');
        return control > sample.Length / 20 + 2;
    }

    static bool LooksHtml(string text, string? fileName) =>
        fileName?.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) == true || fileName?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true
        || HtmlStart().IsMatch(text.Length > 2000 ? text[..2000] : text);

    /// <summary>The page's text, block elements as line breaks; scripts, styles, navigation and footers dropped.</summary>
    static string Html(string html)
    {
        var s = Dropped().Replace(html, " ");
        s = WithoutChrome(s);
        s = Blocks().Replace(s, "\n");
        s = Tags().Replace(s, "");
        s = System.Net.WebUtility.HtmlDecode(s);
        return string.Join("\n", s.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    /// <summary>Removes the blocks older government sites mark as navigation, menus, breadcrumbs, sharing bars and
    /// footers by class or id (&lt;div class="nav"&gt;, &lt;div id="footer"&gt;), each with everything nested in it.</summary>
    static string WithoutChrome(string html)
    {
        var sb = new StringBuilder(html.Length);
        var from = 0;
        for (var m = ChromeStart().Match(html); m.Success; m = ChromeStart().Match(html, from))
        {
            sb.Append(html, from, m.Index - from);
            from = EndOf(html, m.Groups["tag"].Value, m.Index + m.Length);
        }
        return sb.Append(html, from, html.Length - from).ToString();
    }

    /// <summary>The position after the close tag matching an element opened before start (nesting of the same tag counted).</summary>
    static int EndOf(string html, string tag, int start)
    {
        var depth = 1;
        foreach (Match m in TagOf(tag).Matches(html, start))
        {
            depth += m.Value[1] == '/' ? -1 : 1;
            if (depth == 0) return m.Index + m.Length;
        }
        return html.Length;
    }

    static Regex TagOf(string tag) => new($@"<\/?{Regex.Escape(tag)}\b[^>]*>", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"<(?<tag>div|ul|table|section|aside|p|span)\b[^>]*\b(?:class|id)\s*=\s*[""'][^""']*\b(?:nav|navbar|menu|footer|foot|breadcrumb|crumb|position|share|copyright|sidebar|toolbar|links)\w*[^""']*[""'][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeStart();

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase)] private static partial Regex DeclaredCharset();
    [GeneratedRegex(@"<\s*(html|body|div|p|!doctype|meta|head)\b", RegexOptions.IgnoreCase)] private static partial Regex HtmlStart();
    [GeneratedRegex(@"<(script|style|nav|footer|header|noscript|iframe)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex Dropped();
    [GeneratedRegex(@"<\s*(br|/p|/div|/h[1-6]|/li|/tr|p|div|h[1-6]|li|tr)\b[^>]*>", RegexOptions.IgnoreCase)] private static partial Regex Blocks();
    [GeneratedRegex(@"<[^>]*>")] private static partial Regex Tags();
}
