using System.Diagnostics;
using System.Text;
using Fazhi.ReportReview;

namespace Fazhi.Tests.ReportReview;

/// <summary>Tables built to exhaust the reviewer end within seconds: nesting, size and merged cells are
/// bounded.</summary>
public class HostileTableTests
{
    static Review Timed(string name, string content)
    {
        var clock = Stopwatch.StartNew();
        var review = Review.OfFile(name, Encoding.UTF8.GetBytes(content));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{name}: {clock.Elapsed}");
        return review;
    }

    [Fact]
    public void Tables_nested_a_hundred_thousand_deep_read_as_text() =>
        Timed("nested.html", "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>1件", 100_000)) +
                             "</body></html>");

    [Fact]
    public void Merged_cells_cannot_multiply_a_page()
    {
        var review = Timed("spans.html", "<html><body><table>" + string.Concat(Enumerable.Repeat(
            "<tr><td colspan=\"1000\" rowspan=\"1000\">合计</td><td>5件</td></tr>", 20_000)) + "</table></body></html>");
        Assert.NotEmpty(review.Figures);
    }

    [Fact]
    public void A_table_of_two_hundred_thousand_rows_is_reviewed_in_seconds()
    {
        var text = new StringBuilder("地区\t收案\t占比\n");
        for (var i = 0; i < 200_000; i++) text.Append("某镇\t").Append(i % 97).Append("\t1.5%\n");
        text.Append("合计\t999\t100%\n");
        var review = Timed("big.txt", text.ToString());
        Assert.NotEmpty(review.Figures);
    }
}
