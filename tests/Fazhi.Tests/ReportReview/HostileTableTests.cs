using System.Diagnostics;
using System.Text;
using Fazhi.ReportReview;
using Fazhi.ReportReview.Input;

namespace Fazhi.Tests.ReportReview;

/// <summary>Tables built to exhaust the reviewer end in a review or a refusal with the reason: nesting, size and merged
/// cells are bounded, a text of more figures than any report is refused. How long each takes and how much memory the
/// server holds meanwhile is measured by bench/uploads.sh; the bound here only catches a hang.</summary>
public class HostileTableTests
{
    static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    static Review Timed(string name, string content)
    {
        var clock = Stopwatch.StartNew();
        var review = Review.OfFile(name, Encoding.UTF8.GetBytes(content));
        Assert.True(clock.Elapsed < Hang, $"{name}: {clock.Elapsed}");
        return review;
    }

    static void Refused(string name, string content)
    {
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<UnreadableReportException>(() => Review.OfFile(name, Encoding.UTF8.GetBytes(content)));
        Assert.Contains("超过50,000处的上限", e.Message);
        Assert.True(clock.Elapsed < Hang, $"{name}: {clock.Elapsed}");
    }

    [Fact]
    public void Tables_nested_a_hundred_thousand_deep_are_read_as_text_and_refused_for_their_figures() =>
        Refused("nested.html", "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>1件", 100_000)) +
                               "</body></html>");

    [Fact]
    public void Merged_cells_cannot_multiply_a_page()
    {
        var review = Timed("spans.html", "<html><body><table>" + string.Concat(Enumerable.Repeat(
            "<tr><td colspan=\"1000\" rowspan=\"1000\">合计</td><td>5件</td></tr>", 20_000)) + "</table></body></html>");
        Assert.NotEmpty(review.Figures);
    }

    [Fact]
    public void A_table_of_two_hundred_thousand_rows_is_refused_in_seconds()
    {
        var text = new StringBuilder("地区\t收案\t占比\n");
        for (var i = 0; i < 200_000; i++) text.Append("某镇\t").Append(i % 97).Append("\t1.5%\n");
        text.Append("合计\t999\t100%\n");
        Refused("big.txt", text.ToString());
    }

    [Fact]
    public void A_table_of_five_thousand_rows_is_read_and_checked()
    {
        var text = new StringBuilder("地区\t收案\t占比\n");
        for (var i = 0; i < 5_000; i++) text.Append("某镇\t2\t0.02%\n");
        text.Append("合计\t10000\t100%\n");
        var review = Timed("table.txt", text.ToString());
        Assert.Equal(5_001, review.Checks.Count(c => c.Quote.EndsWith('%')));
        Assert.All(review.Checks, c => Assert.Equal(Fazhi.ReportReview.Checks.Verdict.Consistent, c.Verdict));
    }
}
