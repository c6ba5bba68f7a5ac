using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>The county's 案卷评查: its standard (20 points for form, 80 for content, three veto items, grades
/// 优秀/一类/二类 with "一类以上" as the pass line), last year's campaign fully scored and this year's
/// begun.</summary>
public static class ReviewDemo
{
    public static async Task<string> AddAsync(DemoWorld w)
    {
        var rubric = ReviewRules.Parse(w.County.Id, "行政处罚案卷评查标准", ReviewCampaignsModel.SampleItems,
            ReviewCampaignsModel.SampleBands);
        w.Db.ReviewRubrics.Add(rubric);
        await w.Db.SaveChangesAsync();
        var campaigns = new List<ReviewCampaign>();
        foreach (var (year, scoredShare) in new[] { (w.Today.Year - 1, 1.0), (w.Today.Year, 0.5) })
        {
            var pool = await w.Db.EnforcementCases.Where(c => c.DecidedOn != null && c.DecidedOn.Value.Year == year)
                .Include(c => c.Handlers).ThenInclude(h => h.Officer).ToListAsync();
            if (pool.Count == 0) continue;
            var seed = w.Random.NextInt64();
            var sampledOn = year == w.Today.Year ? w.Today.AddDays(-20) : new DateOnly(year, 12, 10);
            var campaign = new ReviewCampaign
            {
                UnitId = w.County.Id, RubricId = rubric.Id, Name = $"{year}年度行政执法案卷评查", Year = year,
                SampleSize = 12, PoolSize = pool.Count, Seed = seed, SampledOn = sampledOn,
            };
            var cases = pool.ToDictionary(c => c.Id);
            foreach (var id in ReviewRules.Sample(cases.Keys, seed, campaign.SampleSize))
            {
                var file = new FileReview
                {
                    OrganiserUnitId = w.County.Id, CaseId = id, CaseUnitId = cases[id].UnitId, Year = year,
                };
                if (w.Random.NextDouble() < scoredShare) Score(w, file, rubric, cases[id], sampledOn);
                campaign.Files.Add(file);
            }
            campaigns.Add(campaign);
        }
        w.Db.ReviewCampaigns.AddRange(campaigns);
        await w.Db.SaveChangesAsync();
        return $"{campaigns.Count}次案卷评查（{campaigns.Sum(c => c.Files.Count)}件案卷）";
    }

    /// <summary>Most files lose a few points on form and reasoning; one in fifteen lacks its main evidence.</summary>
    static void Score(DemoWorld w, FileReview file, ReviewRubric rubric, EnforcementCase c, DateOnly sampledOn)
    {
        var scores = rubric.Items.Select(i => i.Veto
            ? new ItemScoreRequest(i.Id, null, Triggered: i.Text == "主要证据不足" && w.Random.Next(15) == 0,
                Note: ReviewRules.VetoHints(c).FirstOrDefault())
            : new ItemScoreRequest(i.Id, Math.Max(0, i.Points - w.Random.Next(0, i.Points / 3 + 2)))).ToList();
        ReviewRules.Score(file, rubric, scores, "县司法局评查组", sampledOn.AddDays(w.Random.Next(1, 15)), null);
    }
}
