using Fazhi.ReportReview;
using Fazhi.ReportReview.Checks;
using Fazhi.ReportReview.Structure;

namespace Fazhi.Tests.ReportReview;

/// <summary>The four published reports in shared/seeds, reviewed as a reader would check them by hand.</summary>
public class SeedReportTests
{
    public static Review Seed(string name) =>
        Review.OfFile(name, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "ReportReview", "Seeds", name)));

    [Fact]
    public void Xinzhou_has_no_part_on_shortcomings()
    {
        var r = Seed("xinzhou-2022-annual-report.txt");
        Assert.Equal(2022, r.Facts.Year);
        Assert.Equal("忻州市", r.Facts.Issuer);
        Assert.False(r.Parts.Single(p => p.Part == RequiredPart.Shortcomings).Present);
        Assert.True(r.Parts.Single(p => p.Part == RequiredPart.NextYearPlans).Present);
        Assert.Contains(r.Headings,
            h => h.Level == 1 && h.Title.StartsWith("推进法治政府建设的主要举措和成效"));
    }

    [Fact]
    public void Kaiyang_truncates_84_61_percent_and_its_case_counts_add_up()
    {
        var r = Seed("kaiyang-2023-annual-report.txt");
        var truncated = Assert.Single(r.Checks, c => c.Verdict == Verdict.ConsistentButTruncated);
        Assert.Equal("84.61%", truncated.Quote);
        Assert.Contains("84.62", truncated.Explanation);
        Assert.Contains(r.Checks, c => c.Kind == "合计" && c.Explanation == "39件 = 28件 + 9件 + 2件");
        Assert.Contains(r.Checks, c => c.Kind == "合计" && c.Explanation == "28件 = 13件 + 3件 + 12件");
        Assert.Contains(r.Checks,
            c => c.Quote == "17.65%" && c.Verdict == Verdict.Consistent && c.Explanation.Contains("9件 ÷ 51件"));
        // "卷宗145件，其中优秀案件25件，一类案件91件，二类案件29件，一类以上案件率80%"
        Assert.Contains(r.Checks, c => c.Kind == "合计" && c.Explanation == "145件 = 25件 + 91件 + 29件");
        Assert.Contains(r.Checks, c => c.Quote == "80%" && c.Verdict == Verdict.Consistent
                                       && c.Explanation.Contains("(25件 + 91件) ÷ 145件"));
        Assert.Equal(new DateOnly(2024, 2, 28), r.Facts.PublishedOn);
        Assert.Equal("开阳县", r.Facts.Issuer); // the text says only 我县
        Assert.True(r.Facts.DeadlineMet);
        var loss = Assert.Single(r.Figures, f => f.Key == "litigation.loss_rate");
        Assert.Equal(17.65m, loss.Value);
        Assert.Equal("reconsideration.cases_received",
            r.Figures.Single(f => f.Quote == "39件" && f.Sentence.Contains("行政复议")).Key);
        Assert.Equal("reconsideration.cases_concluded",
            r.Figures.Single(f => f.Quote == "28件" && f.Sentence.Contains("审结28件")).Key);
    }

    [Fact]
    public void Huaihua_states_rates_whose_parts_are_not_given()
    {
        var r = Seed("huaihua-2023-annual-report.txt");
        Assert.Equal("怀化市", r.Facts.Issuer);
        Assert.Equal(new DateOnly(2024, 2, 22), r.Facts.PublishedOn);
        Assert.Equal("reconsideration.cases_received", r.Figures.Single(f => f.Quote == "244件").Key);
        var rate = r.Figures.Single(f => f.Quote == "28.42%");
        Assert.Equal("reconsideration.correction_rate", rate.Key);
        var check = Assert.Single(r.Checks, c => c.Quote == "4.55%");
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Contains("32件", check.Explanation);
    }

    [Fact]
    public void The_traditional_report_with_pinyin_reads_as_plain_simplified_text()
    {
        var r = Seed("neimenggu-2022-annual-report.txt");
        Assert.Equal(2022, r.Facts.Year);
        Assert.Equal("内蒙古自治区", r.Facts.Issuer); // 我区, named in Traditional characters with pinyin
        Assert.Contains(r.Headings, h => h.Title.StartsWith("深入学习贯彻习近平法治思想"));
        Assert.DoesNotContain(r.Figures, f => f.Sentence.Contains("(qū)") || f.Sentence.Contains("(jiān)"));
        Assert.True(r.Figures.Count >= 40);
        Assert.Contains(r.Figures, f => f.Key is not null);
        // No heading announces the plans; the closing paragraph opens "2023年,我区将…".
        var plans = r.Parts.Single(p => p.Part == Fazhi.ReportReview.Structure.RequiredPart.NextYearPlans);
        Assert.True(plans.Present);
        Assert.True(plans.Offset
                    > r.Parts.Single(p => p.Part == Fazhi.ReportReview.Structure.RequiredPart.Shortcomings).Offset);
    }

    [Fact]
    public void The_score_states_its_method_and_reasons()
    {
        var r = Seed("xinzhou-2022-annual-report.txt");
        Assert.Equal(r.Score.Parts + r.Score.Evidence + r.Score.Arithmetic, r.Score.Total);
        Assert.Equal(40, r.Score.Parts - 0 + (r.Parts.Count(p => !p.Present) - 1) * 10);
        Assert.Contains(r.Score.Reasons, x => x.Contains("存在的不足"));
        Assert.Contains("满分100分", r.Score.Method);
    }
}
