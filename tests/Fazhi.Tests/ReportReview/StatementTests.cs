using Fazhi.ReportReview;
using Fazhi.ReportReview.Checks;

namespace Fazhi.Tests.ReportReview;

/// <summary>What prose states: shares of a total stated earlier, precision as written, changes with both periods,
/// kinds of figure, numbers broken by extraction.</summary>
public class StatementTests
{
    static ArithmeticCheck CheckOf(string text, string quote) =>
        Assert.Single(Review.OfText("t", text).Checks, c => c.Quote == quote);

    [Fact]
    public void A_share_takes_the_total_stated_earlier_in_its_section_and_says_which()
    {
        var c = CheckOf("一、行政复议\n全年共收到复议申请4800件，依法受理4523件。其中，以县政府部门为被申请人的3210件；" +
                        "以乡镇政府为被申请人的516件，占10.8%。", "10.8%");
        Assert.Equal(Verdict.Consistent, c.Verdict);
        Assert.Contains("4800件为分母", c.Explanation);
    }

    [Fact]
    public void A_share_without_any_stated_total_that_gives_it_is_unverifiable()
    {
        var c = CheckOf("一、行政复议\n全年共收到复议申请4800件。以乡镇政府为被申请人的516件，占12.8%。", "12.8%");
        Assert.Equal(Verdict.Unverifiable, c.Verdict);
        Assert.Contains("4800件", c.Explanation);
    }

    [Fact]
    public void A_list_of_shares_of_one_base_makes_the_odd_one_inconsistent()
    {
        var c = CheckOf("收到来信139件。从分类看，住房保障43件(30.2%)；物业服务17件(12.2%)；道路交通18件(12.9%)；" +
                        "生态环保6件(4.3%)。", "30.2%");
        Assert.Equal(Verdict.Inconsistent, c.Verdict);
        Assert.Contains("139件", c.Explanation);
    }

    [Theory]
    [InlineData("作出行政处罚决定1250件，其中经法制审核的412件，占33%。", "33%", Verdict.Consistent)]
    [InlineData("作出行政处罚决定1250件，其中经法制审核的412件，占32.96%。", "32.96%", Verdict.Consistent)]
    [InlineData("作出行政处罚决定1250件，其中经法制审核的412件，占32.9%。", "32.9%", Verdict.ConsistentButTruncated)]
    [InlineData("作出行政处罚决定1250件，其中经法制审核的412件，占31%。", "31%", Verdict.Unverifiable)]
    [InlineData("作出行政处罚决定1250件，其中经法制审核的1200件，占90%以上。", "90%以上", Verdict.Consistent)]
    public void A_rate_is_checked_at_the_precision_it_is_written_with(string text, string quote, Verdict verdict) =>
        Assert.Equal(verdict, CheckOf(text, quote).Verdict);

    [Theory]
    [InlineData("今年收案142件，上年92件，同比增长54.35%。", "54.35%", Verdict.Consistent)]
    [InlineData("今年收案142件，同比增长54.35%，上年为92件。", "54.35%", Verdict.Consistent)]
    [InlineData("今年收案46件，上年92件，同比下降50%。", "50%", Verdict.Consistent)]
    [InlineData("今年收案142件，上年92件，同比增长45.35%。", "45.35%", Verdict.Inconsistent)]
    [InlineData("今年收案142件，同比增长54.35%。", "54.35%", Verdict.Unverifiable)]
    [InlineData("新收申请5422件，比2019年增加842件，增幅为18.38%。", "18.38%", Verdict.Consistent)]
    [InlineData("今年收案142件，上年92件，增加了50件。", "50件", Verdict.Consistent)]
    [InlineData("败诉率由上年的12.5%降至9.3%，下降3.2个百分点。", "3.2个百分点", Verdict.Consistent)]
    public void A_change_is_checked_against_both_periods(string text, string quote, Verdict verdict) =>
        Assert.Equal(verdict, CheckOf(text, quote).Verdict);

    [Fact]
    public void A_difference_of_rates_written_as_a_percentage_is_inconsistent()
    {
        var c = CheckOf("2014年平均得分率为59.7%；2015年平均得分率为61.74%，上升2.04%。", "2.04%");
        Assert.Equal(Verdict.Inconsistent, c.Verdict);
        Assert.Contains("个百分点", c.Explanation);
    }

    [Theory]
    [InlineData("罚没款2368.5万元。", "2368.5万元", 23_685_000, "元", "amount")]
    [InlineData("投入资金1.2亿元。", "1.2亿元", 120_000_000, "元", "amount")]
    [InlineData("考核排名全省第3位。", "第3位", 3, "位", "rank")]
    [InlineData("法治政府建设考核全市第一。", "第一", 1, "", "rank")]
    [InlineData("连续8年获评优秀。", "8年", 8, "年", "duration")]
    [InlineData("细颗粒物平均浓度35微克/立方米。", "35微克/立方米", 35, "微克/立方米", "measure")]
    [InlineData("胜诉率近六成。", "近六成", 60, "%", "rate")]
    public void Amounts_ranks_durations_and_measures_are_figures_with_a_kind(
        string text, string quote, decimal value, string unit, string kind)
    {
        var f = Assert.Single(Review.OfText("t", text).Figures);
        Assert.Equal((quote, value, unit, kind), (f.Quote, f.Value, f.Unit, f.Kind));
    }

    [Fact]
    public void Years_are_not_durations()
    {
        Assert.Empty(Review.OfText("t", "2023年，全县推进法治建设。").Figures);
    }

    [Theory]
    [InlineData("复议纠错率为98·76%。", "98.76%")]
    [InlineData("复议纠错率为98.7 6%。", "98.76%")]
    [InlineData("1995年全市共有4 598个调解委员会。", "4598个")]
    [InlineData("全县各级行政复议机关全年共收到行政复议申请48\n00件，较上年有所增长。", "4800件")]
    public void Numbers_broken_by_extraction_are_joined(string text, string quote) =>
        Assert.Contains(Review.OfText("t", text).Figures, f => f.Quote == quote);

    [Fact]
    public void Numbers_in_a_table_row_are_not_joined()
    {
        var r = Review.OfText("t", "项目  收案  纠错率\n城关镇  12  3.5 8%");
        Assert.DoesNotContain(r.Figures, f => f.Quote == "3.58%");
    }
}
