using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.ReportReview;
using Fazhi.ReportReview.Input;

namespace Fazhi.Tests.ReportReview;

public class RobustnessTests
{
    static byte[] SeedBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "ReportReview", "Seeds", name));

    [Fact]
    public void An_empty_file_gives_an_empty_review() =>
        Assert.Empty(Review.OfFile("empty.txt", []).Figures);

    [Fact]
    public void Random_bytes_and_a_binary_renamed_txt_are_refused_clearly()
    {
        var random = new byte[4096];
        new Random(1).NextBytes(random);
        Assert.Contains("不是文本",
            Assert.Throws<UnreadableReportException>(() => Review.OfFile("random.txt", random)).Message);
        var elf = File.ReadAllBytes(typeof(Review).Assembly.Location);
        Assert.Throws<UnreadableReportException>(() => Review.OfFile("program.txt", elf));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_not_read()
    {
        var big = new byte[ReportInput.MaxBytes + 1];
        Assert.Contains("文件过大",
            Assert.Throws<UnreadableReportException>(() => Review.OfFile("big.txt", big)).Message);
    }

    [Fact]
    public void A_docx_report_reads_like_its_text_and_a_truncated_one_is_refused()
    {
        var text = Encoding.UTF8.GetString(SeedBytes("kaiyang-2023-annual-report.txt"));
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document =
                new Document(new Body(text.Split('\n').Select(l => new Paragraph(new Run(new Text(l))))));
        }
        var docx = ms.ToArray();
        Assert.Equal(Review.OfText("t", text).Figures.Count, Review.OfFile("k.docx", docx).Figures.Count);
        Assert.Throws<UnreadableReportException>(() => Review.OfFile("k.docx", docx[..(docx.Length / 2)]));
    }

    [Fact]
    public void Headings_numbered_by_Word_keep_their_numbers()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Level Level(int index, string text) => new(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
                new LevelText { Val = text }) { LevelIndex = index };
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(Level(0, "%1、"), Level(1, "（%2）")) { AbstractNumberId = 7 },
                new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 3 });
            Paragraph Numbered(string text, int level) => new(
                new ParagraphProperties(new NumberingProperties(
                    new NumberingLevelReference { Val = level }, new NumberingId { Val = 3 })),
                new Run(new Text(text)));
            main.Document = new Document(new Body(
                Numbered("主要举措和成效", 0), Numbered("加强党的领导", 1),
                new Paragraph(new Run(new Text("全年办理行政复议案件12件。"))),
                Numbered("完善制度建设", 1), Numbered("存在的问题和不足", 0),
                Numbered("下一步工作打算", 0)));
        }
        var r = Review.OfFile("numbered.docx", ms.ToArray());
        Assert.Equal(
            ["一、主要举措和成效", "(一)加强党的领导", "(二)完善制度建设",
             "二、存在的问题和不足", "三、下一步工作打算"],
            r.Headings.Select(h => (h.Numbering + h.Title).Replace('（', '(').Replace('）', ')')));
        Assert.Equal([1, 2, 2, 1, 1], r.Headings.Select(h => h.Level));
        Assert.All(r.Parts.Where(p => p.Part != Fazhi.ReportReview.Structure.RequiredPart.OtherMatters
                                      && p.Part != Fazhi.ReportReview.Structure.RequiredPart.FirstResponsiblePerson),
            p => Assert.Equal("标题", p.How));
    }

    [Fact]
    public void A_saved_web_page_is_read_without_its_navigation_scripts_and_footer()
    {
        var text = Encoding.UTF8.GetString(SeedBytes("huaihua-2023-annual-report.txt"));
        var html = "<!DOCTYPE html><html><head><script>var visits = 12345;</script><style>p{}</style></head><body>" +
                   "<nav>首页 | 政务公开 | 访问量 888次</nav>" +
                   "<div class=\"top-nav\"><div>当前位置：首页 > 政府信息公开</div>" +
                   "<div>共发布信息12345条</div></div>" +
                   "<div id=\"share\">浏览次数：356次</div><div class=\"article\">" +
                   string.Concat(text.Split('\n').Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>")) +
                   "</div><div class=\"footer\"><div class=\"links\">相关链接</div>" +
                   "版权所有 网站访问量 999人次</div>" +
                   "<footer>联系电话 0745-1234567</footer></body></html>";
        var fromHtml = Review.OfFile("page.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(Review.OfText("t", text).Figures.Select(f => f.Quote), fromHtml.Figures.Select(f => f.Quote));
    }

    [Fact]
    public void A_saved_web_page_reads_as_lines_of_its_text()
    {
        const string page = "<html><head><title>某县报告</title><style>p{}</style></head><body>" +
            "<h1>标题</h1><!-- 访问量 100 --><table><tr><td>共&nbsp;3&amp;件</td></tr></table>" +
            "<div class=\"nav\"><div>内<div>层</div></div>仍在导航</div><UL CLASS=menu><li>菜单</li></UL>" +
            "<p>正文&lt;继续<br>下一行</p><noscript>无脚本</noscript><script>if (a<b) w('</div>')</script>" +
            "<span id=\"position\">当前位置</span><aside class=\"sidebar\">侧栏</aside><aside>旁注</aside>" +
            "<p class=\"subnav\">子导航保留</p>结束</body></html>";
        Assert.Equal("某县报告\n标题\n共\u00A03&件\n正文<继续\n下一行\n旁注\n子导航保留\n结束",
            ReportInput.Read(Encoding.UTF8.GetBytes(page), "page.html"));
    }

    [Fact]
    public void Two_megabytes_of_hostile_markup_are_read_in_seconds()
    {
        // Unclosed elements by the hundred thousand make a tree builder's scope checks (and lazy regexes) quadratic.
        string[] units =
            ["<div>", "<ul><li>", "<b><i>", "<div class=\"nav\">", "<script>", "<!--", "<div a", "&amp;", "<"];
        var watch = Stopwatch.StartNew();
        foreach (var unit in units)
        {
            var page = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, (2 << 20) / unit.Length)));
            ReportInput.Read(page, "page.html");
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"2 MB pages read in {watch.Elapsed}");
    }

    [Fact]
    public void Thousands_of_mutated_seed_reports_never_raise_anything_but_a_clear_refusal()
    {
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "ReportReview", "Seeds"))
            .Select(File.ReadAllBytes)
            .ToArray();
        var rng = new Random(2026);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = (byte[])seeds[i % seeds.Length].Clone();
            switch (i % 4)
            {
                case 0: for (var k = 0; k < 20; k++) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256); break;
                case 1: bytes = bytes[..rng.Next(bytes.Length)]; break;
                case 2:
                    bytes =
                    [
                        .. bytes[..(bytes.Length / 2)],
                        .. Encoding.UTF8.GetBytes(
                            "共" + rng.Next(1000) + "件，其中" + rng.Next(100) + "件，" + rng.Next(200) + ".5%"),
                        .. bytes[(bytes.Length / 2)..],
                    ];
                    break;
                default: bytes = [(byte)'P', (byte)'K', .. bytes[..Math.Min(bytes.Length, 3000)]]; break;
            }
            try { Review.OfFile(i % 3 == 0 ? "m.html" : "m.txt", bytes); }
            catch (UnreadableReportException) { }
        }
    }
}
