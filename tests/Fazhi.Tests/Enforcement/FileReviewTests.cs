using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Features.Enforcement.FileReviews;
using Fazhi.Kernel;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Tests.Enforcement;

/// <summary>案卷评查: a standard written as text with its grades, a sample anyone can redraw from its seed, a veto
/// item that fails a file whatever its points, and the "一类以上" shares the seed reports give (90.24%).</summary>
public class FileReviewTests
{
    static ReviewRubric Rubric()
    {
        var r = ReviewRules.Parse(1, "标准", ReviewCampaignsModel.SampleItems, ReviewCampaignsModel.SampleBands);
        for (var i = 0; i < r.Items.Count; i++) r.Items[i].Id = i + 1;
        return r;
    }

    static List<ItemScoreRequest> Full(ReviewRubric r, decimal lost = 0, bool veto = false) =>
        r.Items.Select(item => item.Veto
            ? new ItemScoreRequest(item.Id, null, Triggered: veto && item.Text == "主要证据不足")
            : new ItemScoreRequest(item.Id, item.Points - (item.Points == 25 ? lost : 0))).ToList();

    static FileReview Scored(ReviewRubric r, List<ItemScoreRequest> scores)
    {
        var f = new FileReview();
        ReviewRules.Score(f, r, scores, "评查组", new DateOnly(2026, 11, 1), null);
        return f;
    }

    [Fact]
    public void A_standard_is_read_line_by_line_and_a_bad_line_is_named()
    {
        var r = Rubric();
        Assert.Equal(100, r.Items.Sum(i => i.Points));
        Assert.Equal(3, r.Items.Count(i => i.Veto));
        Assert.Equal(["优秀", "一类", "二类"], r.Bands.Select(b => b.Label));
        string Refusal(string items, string bands) =>
            Assert.Throws<DomainException>(() => ReviewRules.Parse(1, "标准", items, bands)).Message;
        Assert.Contains("第2行", Refusal("形式 文书齐全 10\n内容 证据充分 十", "合格 60 合格\n不合格 0"));
        Assert.Contains("最低一档不能为合格", Refusal("内容 证据充分 100", "合格 60 合格\n基本合格 0 合格"));
        Assert.Contains("从高到低", Refusal("内容 证据充分 100", "合格 60 合格\n优秀 90\n不合格 0"));
        Assert.Contains("最低分应为0", Refusal("内容 证据充分 100", "合格 60 合格\n不合格 10"));
    }

    [Fact]
    public void A_file_takes_the_highest_grade_its_points_reach_unless_a_veto_fails_it()
    {
        var r = Rubric();
        Assert.Equal("优秀", Scored(r, Full(r, lost: 10)).Grade);            // 90: on the bound
        var second = Scored(r, Full(r, lost: 10.5m));                        // 89.5
        Assert.Equal("一类", second.Grade);
        Assert.True(second.Passing);
        Assert.False(second.TopGrade);
        var vetoed = Scored(r, Full(r, veto: true));
        Assert.Equal(100, vetoed.Score);
        Assert.Equal("二类", vetoed.Grade);
        Assert.True(vetoed.Vetoed);
        Assert.False(vetoed.Passing);
        Assert.Contains("0至25分", Assert.Throws<DomainException>(() => Scored(r, Full(r, lost: -1))).Message);
    }

    [Fact]
    public void The_sample_is_the_same_for_the_same_seed_and_pool_and_another_for_another_seed()
    {
        var pool = Enumerable.Range(1, 200).ToList();
        var first = ReviewRules.Sample(pool, 20261126, 12);
        Assert.Equal(first, ReviewRules.Sample(Enumerable.Reverse(pool), 20261126, 12));
        Assert.Equal(12, first.Distinct().Count());
        Assert.NotEqual(first, ReviewRules.Sample(pool, 20261127, 12));
        Assert.Equal(5, ReviewRules.Sample(pool.Take(5), 1, 12).Count);
    }

    [Fact]
    public void The_shares_at_or_above_each_grade_are_over_the_files_scored()
    {
        var r = Rubric();
        var files = Enumerable.Range(0, 41).Select(i => new FileReview { Grade = i < 10 ? "优秀" : i < 37 ? "一类" : "二类" })
            .Append(new FileReview()).ToList();
        var shares = ReviewRules.Distribution(r, files);
        var first = shares.Single(s => s.Label == "一类");
        Assert.Equal((27, 37, 41), (first.Count, first.AtLeast, first.Scored));
        Assert.Equal(90.24m, first.AtLeastShare);
    }

    static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    [Theory, BothStores]
    public async Task The_organiser_samples_and_scores_and_the_agency_only_sees_its_own_files(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (county, rubric) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.DivisionCode == "149901").Select(u => u.Id).SingleAsync(),
            await db.ReviewRubrics.IgnoreQueryFilters().Select(r => r.Id).FirstAsync()));
        var year = app.Clock.GetLocalNow().Year;
        var sfj = await app.ClientForAsync("sfj");
        var campaign = await OkAsync(await sfj.PostAsJsonAsync("/api/enforcement/review-campaigns",
            new { unitId = county, rubricId = rubric, name = "专项评查", year, kind = "Penalty", sampleSize = 30 }));
        var seed = campaign.GetProperty("seed").GetString();
        var files = campaign.GetProperty("files").EnumerateArray().ToList();
        Assert.InRange(files.Count, 1, 30);
        var id = files[0].GetProperty("id").GetInt32();
        var file = await OkAsync(await sfj.GetAsync($"/api/enforcement/file-reviews/{id}"));
        var items = await app.QueryAsync(db => db.ReviewRubrics.IgnoreQueryFilters().Where(r => r.Id == rubric)
            .SelectMany(r => r.Items).ToListAsync());
        var scores = items.Select(i => new
        {
            itemId = i.Id, points = i.Veto ? (decimal?)null : i.Points, triggered = i.Text == "主要证据不足",
        });
        var scored = await OkAsync(await sfj.PostAsJsonAsync($"/api/enforcement/file-reviews/{id}/score",
            new { version = file.GetProperty("version").GetInt32(), reviewedOn = app.Clock.GetLocalNow()
                .ToString("yyyy-MM-dd"), scores, comment = "证据不足" }));
        Assert.Equal("二类", scored.GetProperty("grade").GetString());
        Assert.True(scored.GetProperty("vetoed").GetBoolean());
        var again = await OkAsync(
            await sfj.GetAsync($"/api/enforcement/review-campaigns/{campaign.GetProperty("id")}"));
        Assert.Equal(seed, again.GetProperty("seed").GetString());

        // The agency whose file it is sees it but does not score it; another agency does not see it.
        var agency = files[0].GetProperty("agency").GetString();
        var (own, other) = agency == "清河县公安局" ? ("gaj", "scj") : agency == "清河县市场监督管理局"
            ? ("scj", "gaj") : (null, "gaj");
        Assert.Equal(HttpStatusCode.NotFound,
            (await (await app.ClientForAsync(other)).GetAsync($"/api/enforcement/file-reviews/{id}")).StatusCode);
        if (own is not null)
        {
            var refused = await (await app.ClientForAsync(own)).PostAsJsonAsync(
                $"/api/enforcement/file-reviews/{id}/score", new { version = scored.GetProperty("version").GetInt32(),
                    reviewedOn = app.Clock.GetLocalNow().ToString("yyyy-MM-dd"), scores });
            Assert.Contains("只有组织评查的单位可以评分", await refused.Content.ReadAsStringAsync());
        }

        IReadOnlyList<Figure> figures = [];
        await app.WithSystemScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<FigureService>();
            figures = await service.AllAsync(await service.ScopeAsync(county, year, default), default);
        });
        var passing = figures.Single(f => f.Key == "enforcement.file_reviews.passing_rate");
        var expected = await app.QueryAsync(async db => (
            (long?)await db.FileReviews.IgnoreQueryFilters().CountAsync(f => f.Year == year && f.ReviewedOn != null
                && f.Passing),
            (long?)await db.FileReviews.IgnoreQueryFilters().CountAsync(f => f.Year == year && f.ReviewedOn != null)));
        Assert.Equal(expected, (passing.Numerator, passing.Denominator));
    }
}
