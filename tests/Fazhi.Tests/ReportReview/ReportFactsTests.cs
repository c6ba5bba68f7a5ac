using Fazhi.ReportReview;

namespace Fazhi.Tests.ReportReview;

public class ReportFactsTests
{
    [Fact]
    public void The_issuer_above_a_关于_title_and_a_落款_date_in_Chinese_numerals_are_read()
    {
        var facts = Review.OfText("t",
            "太康县人民政府\n关于2023年法治政府建设情况的报告\n" +
            "2023年，太康县坚持依法行政。\n" +
            "太康县人民政府\n二〇二四年三月二十日").Facts;
        Assert.Equal(2023, facts.Year);
        Assert.Equal("太康县人民政府", facts.Issuer);
        Assert.Equal(new DateOnly(2024, 3, 20), facts.PublishedOn);
        Assert.True(facts.DeadlineMet);
    }

    [Fact]
    public void A_page_date_after_the_deadline_is_late()
    {
        var facts = Review.OfText("t",
            "静海区2023年度法治政府建设情况报告\n" +
            "来源：静海区人民政府办公室 发布时间：2024-04-08 09:18\n" +
            "2023年，静海区坚持依法行政。").Facts;
        Assert.Equal(new DateOnly(2024, 4, 8), facts.PublishedOn);
        Assert.False(facts.DeadlineMet);
    }

    [Fact]
    public void A_date_of_another_year_is_not_taken_for_the_publication_date()
    {
        var facts = Review.OfText("t",
            "某县2023年法治政府建设年度报告\n2023年，某县召开会议。\n2023年5月6日").Facts;
        Assert.Null(facts.PublishedOn);
        Assert.Null(facts.DeadlineMet);
    }
}
