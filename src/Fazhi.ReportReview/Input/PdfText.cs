using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Fazhi.ReportReview.Input;

/// <summary>Reads a text PDF page by page with PdfPig, rebuilding lines from the letters' positions: letters on one
/// baseline make a line, read left to right; a wide gap between them is a table's column gap (a tab), a narrow one a
/// space; a line that runs to the right margin continues on the next (a wrapped paragraph). A PDF without a text
/// layer (a scan) is refused with the reason.</summary>
static class PdfText
{
    public const int MaxPages = 1000;
    const int MaxLetters = 5_000_000;

    public static bool IsPdf(byte[] bytes) =>
        bytes.Length > 5 && bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    public static List<string> Pages(byte[] bytes)
    {
        if (PdfGuard.Check(bytes) is { } tooLarge) throw new UnreadableReportException(tooLarge);
        PdfDocument document;
        try { document = PdfDocument.Open(bytes); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableReportException($"无法读取 PDF（文件可能已损坏或已加密）" +
                $"：{e.Message}");
        }
        using (document)
        {
            if (document.NumberOfPages > MaxPages)
                throw new UnreadableReportException(
                    $"PDF 共{document.NumberOfPages}页，超过上限{MaxPages}页；" +
                        "年度报告通常只有几十页");
            var pages = new List<string>(document.NumberOfPages);
            var letters = 0;
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                Page page;
                try { page = document.GetPage(n); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    throw new UnreadableReportException($"无法读取 PDF 第{n}页：{e.Message}");
                }
                letters += page.Letters.Count;
                if (letters > MaxLetters)
                    throw new UnreadableReportException($"PDF 文字超过{MaxLetters:N0}个字符，" +
                        "不像一份年度报告");
                pages.Add(Lines(page));
            }
            if (pages.All(p => p.Trim().Length == 0))
                throw new UnreadableReportException(
                    "这份 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字；" +
                        "请上传文字版 PDF、Word 或网页，" +
                    "或先做文字识别（OCR）");
            return pages;
        }
    }

    static string Lines(Page page)
    {
        var rows = new List<List<Letter>>();
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                     .OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var height = Math.Max(1, letter.PointSize);
            if (rows.Count > 0 && Math.Abs(rows[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) < height * 0.4)
                rows[^1].Add(letter);
            else rows.Add([letter]);
        }
        var right = rows.Count == 0 ? 0 : rows.Max(r => r.Max(l => l.EndBaseLine.X));
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var line = new StringBuilder();
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    var gap = row[i].StartBaseLine.X - row[i - 1].EndBaseLine.X;
                    var size = Math.Max(1, row[i].PointSize);
                    if (gap > size * 1.5) line.Append('\t');
                    else if (gap > size * 0.25) line.Append(' ');
                }
                line.Append(row[i].Value);
            }
            var s = line.ToString();
            text.Append(s);
            // A prose line that reaches the right margin wraps into the next one.
            var wrapped = !s.Contains('\t') && row[^1].EndBaseLine.X >= right - row[^1].PointSize * 1.5
                          && s.Length >= 10 && !"。；：！？".Contains(s[^1]);
            if (!wrapped) text.Append('\n');
        }
        return text.ToString();
    }
}
