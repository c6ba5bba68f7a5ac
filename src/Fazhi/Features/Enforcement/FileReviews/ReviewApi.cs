namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>/api/enforcement/review-rubrics, review-campaigns and file-reviews: the same service as the pages,
/// the same data scope.</summary>
public static class ReviewApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var rubrics = api.MapGroup("/enforcement/review-rubrics").WithTags("行政执法");
        rubrics.MapGet("/", async (ReviewService svc) => (await svc.RubricsAsync()).Select(Json))
            .WithSummary("案卷评查标准列表");
        rubrics.MapPost("/", async (RubricRequest r, ReviewService svc) => Json(await svc.CreateRubricAsync(r)))
            .RequireAuthorization(OfficerApi.Write)
            .WithSummary("制定评查标准（项目每行“分类 内容 分值”或“否决 内容”；" +
                "等次每行“等次 最低分 [合格]”）");
        var campaigns = api.MapGroup("/enforcement/review-campaigns").WithTags("行政执法");
        campaigns.MapGet("/", async (ReviewService svc) => (await svc.CampaignsAsync()).Select(c => new
        {
            c.Id, c.Name, unit = c.Unit?.Name, c.Year, c.SampleSize, c.PoolSize, sampled = c.Files.Count,
            scored = c.Files.Count(f => f.ReviewedOn != null),
        })).WithSummary("评查活动列表");
        campaigns.MapPost("/", async (CampaignRequest r, ReviewService svc) =>
            Campaign(await svc.FindCampaignAsync((await svc.CreateCampaignAsync(r)).Id)
                ?? throw new KeyNotFoundException(ReviewService.NotFound)))
            .RequireAuthorization(OfficerApi.Write)
            .WithSummary("组织评查：按随机种子从本单位及下属单位该年度" +
                "已决定的案件中抽取案卷");
        campaigns.MapGet("/{id:int}", async (int id, ReviewService svc) =>
            Campaign(await svc.FindCampaignAsync(id) ?? throw new KeyNotFoundException(ReviewService.NotFound)))
            .WithSummary("评查活动：随机种子、抽取的案卷、各等次及以上比例");
        var files = api.MapGroup("/enforcement/file-reviews").WithTags("行政执法");
        files.MapGet("/{id:int}", async (int id, ReviewService svc) =>
            File(await svc.FindFileAsync(id) ?? throw new KeyNotFoundException(ReviewService.NotFound)))
            .WithSummary("评查案卷：各项得分、否决项、等次");
        files.MapPost("/{id:int}/score", async (int id, ScoreRequest r, ReviewService svc) =>
            File(await svc.ScoreAsync(id, r))).RequireAuthorization(OfficerApi.Write)
            .WithSummary("为案卷评分（仅组织评查的单位）");
    }

    static object Json(ReviewRubric r) => new
    {
        r.Id, r.Name, r.UnitId, total = r.Items.Sum(i => i.Points),
        items = r.Items.OrderBy(i => i.Order).Select(i => new { i.Id, i.Section, i.Text, i.Points, i.Veto }),
        bands = r.Bands.OrderBy(b => b.Order).Select(b => new { b.Label, b.MinScore, b.Passing }),
    };

    static object Campaign(ReviewCampaign c) => new
    {
        c.Id, c.Name, unit = c.Unit?.Name, c.Year, kind = c.Kind is { } k ? PowerRules.KindLabels[k] : null,
        c.SampleSize, c.PoolSize, seed = c.Seed.ToString(), c.SampledOn, rubric = Json(c.Rubric!),
        grades = ReviewRules.Distribution(c.Rubric!, c.Files).Select(g => new
        {
            g.Label, g.Count, g.Share, atLeast = g.AtLeast, atLeastShare = g.AtLeastShare, scored = g.Scored,
        }),
        files = c.Files.Select(f => new
        {
            f.Id, f.CaseId, caseNumber = f.Case?.Number, agency = f.Case?.Unit?.Name, f.ReviewedOn, f.Score,
            f.Vetoed, f.Grade,
        }),
        c.Version,
    };

    static object File(FileReview f) => new
    {
        f.Id, campaign = f.Campaign?.Name, f.CaseId, caseNumber = f.Case?.Number, agency = f.Case?.Unit?.Name,
        f.ReviewedOn, f.Reviewer, f.Score, f.Vetoed, f.Grade, f.Passing, f.Comment,
        vetoHints = f.Case is null ? [] : ReviewRules.VetoHints(f.Case).ToArray(),
        scores = f.Scores.Select(s => new { s.RubricItemId, s.Points, s.Triggered, s.Note }), f.Version,
    };
}
