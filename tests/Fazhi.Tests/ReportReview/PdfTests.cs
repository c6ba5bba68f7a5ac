using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Fazhi.ReportReview;
using Fazhi.ReportReview.Checks;
using Fazhi.ReportReview.Input;
using UglyToad.PdfPig.Writer;

namespace Fazhi.Tests.ReportReview;

/// <summary>Reports published only as PDF: text PDFs read with their pages; scans and hostile files refused with a
/// reason (bench/uploads.sh times them against a running server; the bound here only catches a hang).</summary>
public class PdfTests
{
    static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "ReportReview", "Fixtures", name));

    [Fact]
    public void A_text_pdf_is_read_with_its_pages_its_wrapped_lines_and_its_table()
    {
        var r = Review.OfFile("county.pdf", Fixture("county-2023-report.pdf"));
        var share = Assert.Single(r.Figures, f => f.Quote == "516件");
        Assert.Equal(1, r.PageOf(share.Start));
        Assert.Equal("行政复议案件数", Assert.Single(r.Figures, f => f.Quote == "4800件").KeyName);
        Assert.Equal(Verdict.Consistent, Assert.Single(r.Checks, c => c.Quote == "10.8%").Verdict);
        Assert.Equal(Verdict.Consistent, Assert.Single(r.Checks, c => c.Quote == "20%").Verdict);
        Assert.Equal(23_685_000m, Assert.Single(r.Figures, f => f.Quote == "2368.5万元").Value);
        var cell = Assert.Single(r.Figures, f => f.Quote == "300");
        Assert.Equal((2, "城关镇·收案", "件"), (r.PageOf(cell.Start), cell.NounPhrase, cell.Unit));
        Assert.Equal(Verdict.Consistent, Assert.Single(r.Checks, c => c.Quote == "60%").Verdict);
        Assert.Contains(r.Checks, c => c.Kind == "合计" && c.Quote == "500" && c.Verdict == Verdict.Consistent);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_gets_a_clear_message()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842);
        var e = Assert.Throws<UnreadableReportException>(() => Review.OfFile("scan.pdf", builder.Build()));
        Assert.Contains("没有文字层", e.Message);
    }

    [Fact]
    public void A_pdf_of_ten_thousand_pages_is_refused()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 10_000; i++) builder.AddPage(595, 842);
        var pdf = builder.Build();
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<UnreadableReportException>(() => Review.OfFile("long.pdf", pdf));
        Assert.Contains("超过上限", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed}");
    }

    [Fact]
    public void A_pdf_whose_stream_unpacks_to_gigabytes_is_refused_before_it_is_opened()
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 1024; i++) z.Write(zeros); // 1 GB of zeros, about 1 MB packed
        }
        var head = Encoding.ASCII.GetBytes(
            $"%PDF-1.7\n1 0 obj\n<< /Length {packed.Length} /Filter /FlateDecode >>\nstream\n");
        var pdf = head.Concat(packed.ToArray()).Concat(Encoding.ASCII.GetBytes("\nendstream\nendobj\n%%EOF")).ToArray();
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<UnreadableReportException>(() => Review.OfFile("bomb.pdf", pdf));
        Assert.Contains("解压后超过", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed}");
    }

    [Fact]
    public void A_damaged_pdf_is_refused_with_a_reason()
    {
        var pdf = Fixture("county-2023-report.pdf");
        var e = Assert.Throws<UnreadableReportException>(() => Review.OfFile("cut.pdf", pdf[..(pdf.Length / 3)]));
        Assert.Contains("PDF", e.Message);
    }
}
