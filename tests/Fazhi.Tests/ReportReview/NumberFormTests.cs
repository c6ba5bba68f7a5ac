using Fazhi.ReportReview;

namespace Fazhi.Tests.ReportReview;

public class NumberFormTests
{
    [Theory]
    [InlineData("全年开展普法宣传1.2万余次。", 12_000, "次", true)]
    [InlineData("归集数据4800万余条。", 48_000_000, "条", true)]
    [InlineData("为企业减负5.4亿多元。", 540_000_000, "元", true)]
    [InlineData("覆盖近万个村居。", 10_000, "个", true)]
    [InlineData("行政复议案件３９件。", 39, "件", false)]
    [InlineData("负责人出庭应诉率100%。", 100, "%", false)]
    [InlineData("清理文件约300件。", 300, "件", true)]
    [InlineData("仲裁机构办理业务60余万件。", 600_000, "件", true)]
    [InlineData("随机委派执法人员1141人(次)。", 1141, "人次", false)]
    [InlineData("张贴宪法宣传标语500余幅。", 500, "幅", true)]
    [InlineData("全县共办理十三批次执法证。", 13, "批次", false)]
    [InlineData("将两个派出所整合。", 2, "个", false)]
    [InlineData("内容细分为七方面。", 7, "方面", false)]
    [InlineData("开展送法下乡活动十余次。", 10, "次", true)]
    [InlineData("发放资料两万余份。", 20_000, "份", true)]
    [InlineData("培训执法人员百余人。", 100, "人", true)]
    [InlineData("全国共受理案件12,077件。", 12_077, "件", false)]
    [InlineData("指标的总分值为100分。", 100, "分", false)]
    [InlineData("占全省行政诉讼案件的1/4左右。", 25, "%", true)]
    [InlineData("覆盖全县村居的三分之二以上。", 66.67, "%", true)]
    [InlineData("出庭率达到百分之九十。", 90, "%", false)]
    public void Numbers_are_read_with_their_magnitude_unit_and_approximation(
        string text, double value, string unit, bool approximate)
    {
        var f = Assert.Single(Review.OfText("t", text).Figures);
        Assert.Equal((decimal)value, f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(approximate, f.Approximate);
        Assert.Equal(f.Quote, Fazhi.ReportReview.Input.Normalizer.Normalize(text)[f.Start..f.End]);
    }

    [Theory]
    [InlineData("2023年3月15日，印发天发〔2022〕42号文件，" +
                "落实“八五”普法规划和《纲要(2021—2025年)》第12条。")]
    [InlineData("一是加强领导。二是完善制度。")]
    [InlineData("共设1级指标和2级指标，启动Ⅳ级应急响应，打造15分钟政务服务圈，" +
                "于2023/1/4发布。")]
    [InlineData("落实三项制度，增强“四个意识”，印发《优化营商环境十二条措施》，" +
                "这是一项重要工作，建立一区一办三室四所机制。")]
    public void Dates_document_numbers_and_list_markers_are_not_figures(string text) =>
        Assert.Empty(Review.OfText("t", text).Figures);

    [Theory]
    [InlineData("法院推送行政争议案件13件，成功化解11件，未化解成功转立案2件。",
        "2件", null)]
    [InlineData("备案审查各盟市、自治区各部门规范性文件283件。", "283件",
        "normative_documents.filed")]
    [InlineData("培育学法用法示范户3435户、法律明白人21968名。", "21968名", null)]
    [InlineData("举办法治专题培训班2期，培训学员514人。", "514人", "training.participants")]
    [InlineData("举办2期中青年干部培训班，培训学员514人。", "514人", null)]
    [InlineData("对全县各部门重要事项进行合法性审查，出具意见86件。", "86件", null)]
    [InlineData("对3件行政规范性文件进行合法性审查。", "3件", "normative_documents.reviewed")]
    [InlineData("一审行政诉讼案件审结16件，一审败诉率同比下降17.65%。", "17.65%", null)]
    [InlineData("收到行政复议申请50件，受理45件，不予受理3件。", "50件",
        "reconsideration.cases_received")]
    [InlineData("收到行政复议申请50件，受理45件，不予受理3件。", "45件",
        "reconsideration.cases_accepted")]
    [InlineData("收到行政复议申请50件，受理45件，不予受理3件。", "3件",
        "reconsideration.cases_not_accepted")]
    [InlineData("共受理行政复议案件39件，审结28件。", "39件", "reconsideration.cases_received")]
    [InlineData("行政机关负责人出庭应诉率提高到100%。", "100%", "litigation.appearance_rate")]
    public void Keys_follow_what_the_figure_counts(string text, string quote, string? key) =>
        Assert.Equal(key, Review.OfText("t", text).Figures.Single(f => f.Quote == quote).Key);

    [Fact]
    public void A_rate_whose_parts_disagree_is_inconsistent_with_both_values()
    {
        var r = Review.OfText("t", "行政诉讼案件结案数50件，败诉9件，败诉率20%。");
        var check = Assert.Single(r.Checks);
        Assert.Equal(Fazhi.ReportReview.Checks.Verdict.Inconsistent, check.Verdict);
        Assert.Contains("18.00%", check.Explanation);
        Assert.Contains("20%", check.Explanation);
    }

    [Fact]
    public void A_breakdown_after_其中_that_does_not_add_up_is_not_called_consistent()
    {
        var r = Review.OfText("t",
            "抽查卷宗145件，其中优秀案件25件，一类案件90件，二类案件29件，" +
            "一类以上案件率80%。");
        Assert.DoesNotContain(r.Checks, c => c.Kind == "合计");
        Assert.Equal(Fazhi.ReportReview.Checks.Verdict.Unverifiable, r.Checks.Single(c => c.Quote == "80%").Verdict);
    }

    [Fact]
    public void Text_without_headings_still_yields_figures_and_missing_parts()
    {
        var r = Review.OfText("t",
            "本年度共办理行政复议案件12件，审结10件，直接纠错率20%。" +
            "下一步，我们将继续加强行政复议工作。");
        Assert.Empty(r.Headings);
        Assert.Equal(3, r.Figures.Count);
        Assert.True(r.Parts.Single(p => p.Part == Fazhi.ReportReview.Structure.RequiredPart.NextYearPlans).Present);
        Assert.False(r.Parts.Single(p => p.Part == Fazhi.ReportReview.Structure.RequiredPart.Shortcomings).Present);
    }
}
