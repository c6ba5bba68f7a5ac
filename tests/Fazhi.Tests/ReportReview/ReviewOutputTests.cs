using System.Text.Json;
using MiniExcelLibs;
using Fazhi.Features.Review;
using Fazhi.ReportReview;

namespace Fazhi.Tests.ReportReview;

public class ReviewOutputTests
{
    static Review Report(int year, int cases, string rate) =>
        Review.OfText($"忻州{year}",
            $"忻州市{year}年法治政府建设年度报告\n{year}年,忻州市坚持依法行政。" +
            $"全年共办理行政复议案件{cases}件,综合纠错率{rate}。");

    [Fact]
    public void Two_years_of_one_issuer_compare_side_by_side_with_the_change()
    {
        var rows = ReviewComparison.Rows([Report(2023, 120, "25.5%"), Report(2022, 100, "20%")]);
        var received = rows.Single(r => (string?)r["指标键"] == "reconsideration.cases_received");
        Assert.Equal("120件", received["忻州市2023"]);
        Assert.Equal("100件", received["忻州市2022"]);
        Assert.Equal("+20%", received["忻州市2022→2023"]);
        var rate = rows.Single(r => (string?)r["指标键"] == "reconsideration.correction_rate");
        Assert.Equal("+5.5个百分点", rate["忻州市2022→2023"]);
    }

    [Fact]
    public void A_key_stated_for_a_part_and_for_the_whole_compares_on_the_whole()
    {
        var part = Review.OfText("a",
            "2023年,甲县调解知识产权纠纷5件。" +
            "全县共调解矛盾纠纷718件,调解成功687件,调解成功率95.7%。");
        var rows = ReviewComparison.Rows([part]);
        Assert.Equal("718件", rows.Single(r => (string?)r["指标键"] == "mediation.cases").Values.Last());
        Assert.Equal("95.7%", rows.Single(r => (string?)r["指标键"] == "mediation.success_rate").Values.Last());
    }

    [Fact]
    public async Task Json_and_excel_carry_the_same_figures()
    {
        var reviews = new List<Review>
        {
            SeedReportTests.Seed("kaiyang-2023-annual-report.txt"),
            SeedReportTests.Seed("huaihua-2023-annual-report.txt"),
        };
        var json = JsonDocument.Parse(ReviewOutput.ToJson(reviews)).RootElement;
        Assert.Equal(2, json.GetProperty("reviews").GetArrayLength());
        Assert.True(json.GetProperty("comparison").GetArrayLength() > 0);

        using var ms = new MemoryStream();
        await ReviewOutput.WriteXlsxAsync(reviews, ms);
        ms.Position = 0;
        Assert.Contains("对比", MiniExcel.GetSheetNames(ms));
        ms.Position = 0;
        var figures = MiniExcel.Query(ms, useHeaderRow: true, sheetName: "数据")
            .Cast<IDictionary<string, object?>>()
            .ToList();
        Assert.Equal(reviews.Sum(r => r.Figures.Count), figures.Count);
        Assert.Contains(figures, f => (string?)f["原文"] == "84.61%");
    }
}
