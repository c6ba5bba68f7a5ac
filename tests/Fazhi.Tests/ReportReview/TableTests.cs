using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.ReportReview;
using Fazhi.ReportReview.Checks;

namespace Fazhi.Tests.ReportReview;

/// <summary>Statistics tables in every form a report reaches the reviewer: each number a figure with its row and
/// column, a 合计 row checked as a sum, a share column against its total, a change column against both
/// periods.</summary>
public class TableTests
{
    const string Html = """
        <html><body><p>表1 各地行政复议案件情况（单位：件）</p>
        <table>
          <tr><th rowspan="2">地区</th><th colspan="2">收案</th><th rowspan="2">占比</th><th rowspan="2">同比</th></tr>
          <tr><th>2023年</th><th>2022年</th></tr>
          <tr><td>城关镇</td><td>120</td><td>210</td><td>40%</td><td>-42.9%</td></tr>
          <tr><td>东关镇</td><td>90</td><td>60</td><td>30%</td><td>50%</td></tr>
          <tr><td>西关镇</td><td>90</td><td>90</td><td>30%</td><td>0%</td></tr>
          <tr><td>合计</td><td>300</td><td>360</td><td>100%</td><td>-16.7%</td></tr>
        </table></body></html>
        """;

    static ArithmeticCheck CheckOf(Review r, string quote) => Assert.Single(r.Checks, c => c.Quote == quote);

    [Fact]
    public void A_web_table_with_merged_headers_is_read_cell_by_cell_and_checked()
    {
        var r = Review.OfFile("t.html", Encoding.UTF8.GetBytes(Html));
        var cell = Assert.Single(r.Figures, f => f.Quote == "210");
        Assert.Equal("件", cell.Unit);
        Assert.Equal("城关镇·收案·2022年", cell.NounPhrase);
        Assert.Equal(-42.9m, Assert.Single(r.Figures, f => f.Quote == "-42.9%").Value);
        Assert.Equal("change", Assert.Single(r.Figures, f => f.Quote == "-42.9%").Kind);
        Assert.Equal(Verdict.Consistent, CheckOf(r, "40%").Verdict);
        Assert.Contains("合计300", CheckOf(r, "40%").Explanation);
        Assert.Equal(Verdict.Consistent, CheckOf(r, "-42.9%").Verdict);
        Assert.Equal(Verdict.Consistent, CheckOf(r, "-16.7%").Verdict);
        Assert.Contains(r.Checks, c => c.Kind == "合计" && c.Verdict == Verdict.Consistent && c.Quote == "360");
    }

    [Fact]
    public void A_wrong_share_and_a_wrong_total_are_inconsistent()
    {
        var r = Review.OfFile("t.html", Encoding.UTF8.GetBytes(Html.Replace("<td>30%</td><td>50%</td>",
            "<td>35%</td><td>50%</td>").Replace("<td>360</td>", "<td>370</td>")));
        Assert.Equal(Verdict.Inconsistent, CheckOf(r, "35%").Verdict);
        Assert.Contains(r.Checks, c => c.Kind == "合计" && c.Verdict == Verdict.Inconsistent && c.Quote == "370");
    }

    [Fact]
    public void A_word_table_reads_like_the_web_table()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            TableCell Cell(string text, int span = 1, bool continues = false)
            {
                var properties = new TableCellProperties();
                if (span > 1) properties.Append(new GridSpan { Val = span });
                if (continues) properties.Append(new VerticalMerge());
                return new TableCell(properties, new Paragraph(new Run(new Text(text))));
            }
            var table = new Table(
                new TableRow(Cell("地区"), Cell("收案（件）", 2), Cell("占比")),
                new TableRow(Cell("", continues: true), Cell("2023年"), Cell("2022年"), Cell("", continues: true)),
                new TableRow(Cell("城关镇"), Cell("120"), Cell("210"), Cell("40%")),
                new TableRow(Cell("东关镇"), Cell("90"), Cell("60"), Cell("30%")),
                new TableRow(Cell("西关镇"), Cell("90"), Cell("90"), Cell("30%")),
                new TableRow(Cell("合计"), Cell("300"), Cell("360"), Cell("100%")));
            doc.AddMainDocumentPart().Document = new Document(new Body(
                new Paragraph(new Run(new Text("表1 各地行政复议案件情况"))), table));
        }
        var r = Review.OfFile("t.docx", ms.ToArray());
        Assert.Equal("件", Assert.Single(r.Figures, f => f.Quote == "210").Unit);
        Assert.Equal(Verdict.Consistent, CheckOf(r, "40%").Verdict);
        Assert.Contains(r.Checks, c => c.Kind == "合计" && c.Quote == "360" && c.Verdict == Verdict.Consistent);
    }

    [Theory]
    [InlineData("pipes", "地区 | 收案 | 占比 |\n城关镇 | 120 | 40% |\n东关镇 | 90 | 30% |\n西关镇 | 90 | 30% |\n合计 | 300 | 100% |")]
    [InlineData("tabs", "地区\t收案\t占比\n城关镇\t120\t40%\n东关镇\t90\t30%\n西关镇\t90\t30%\n合计\t300\t100%")]
    [InlineData("spaces",
        "地区      收案    占比\n城关镇    120     40%\n东关镇    90      30%\n西关镇    90      30%\n合计      300     100%")]
    [InlineData("cell per line",
        "地区 |\n收案 |\n占比 |\n城关镇 |\n120 |\n40% |\n东关镇 |\n90 |\n30% |\n西关镇 |\n90 |\n30% |\n合计 |\n300 |\n100% |")]
    [InlineData("cell per line, numbered",
        "序号\n地区\n收案\n占比\n1\n城关镇\n120\n40%\n2\n东关镇\n90\n30%\n3\n西关镇\n90\n30%\n4\n合计\n300\n100%")]
    public void A_table_copied_as_text_is_read_as_a_table(string form, string table)
    {
        var r = Review.OfText(form, "表1 各地行政复议案件情况（单位：件）\n" + table + "\n以上为全年情况。");
        Assert.Equal(4, r.Figures.Count(f => f.Unit == "件"));
        Assert.Equal("城关镇·收案", Assert.Single(r.Figures, f => f.Quote == "120").NounPhrase);
        Assert.DoesNotContain(r.Figures, f => f.Quote is "1" or "2" or "3" or "4");
        Assert.All(r.Checks.Where(c => c.Quote.EndsWith('%')), c => Assert.Equal(Verdict.Consistent, c.Verdict));
        Assert.Contains(r.Checks, c => c.Kind == "合计" && c.Verdict == Verdict.Consistent);
    }

    [Fact]
    public void A_share_column_is_checked_against_a_total_stated_above_the_table()
    {
        var r = Review.OfText("t", "全年新受理行政复议案件151件。\n申请事项 | 举报投诉 | 行政处罚 |\n" +
                                  "数量 | 75件 | 40件 |\n占新受理数比例 | 49.66% | 26.49% |");
        Assert.Equal(Verdict.ConsistentButTruncated, CheckOf(r, "49.66%").Verdict);
        Assert.Equal(Verdict.Consistent, CheckOf(r, "26.49%").Verdict);
        Assert.Contains("151件", CheckOf(r, "26.49%").Explanation);
    }
}
