using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Normative;

/// <summary>/api/normative: documents from drafting to filing review, cleanup campaigns, and the public library.
/// </summary>
public static class NormativeApi
{
    public const string Write = "normative.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/normative").WithTags("行政规范性文件");
        g.MapGet("/library", async (string? q, int? page, NormativeLibrary library, NormativeService svc) =>
        {
            var found = await library.SearchAsync(q, page ?? 1, svc.Today);
            return new
            {
                found.Query, found.Total, capped = ListCount.Capped(found.Total, NormativeLibrary.Cap),
                totalText = ListCount.Text(found.Total, NormativeLibrary.Cap), found.Page,
                pageSize = NormativeLibrary.PageSize,
                hits = found.Hits.Select(h => new
                {
                    h.Document.Id, h.Document.Title, h.Document.Number, unit = h.Document.Unit?.Name,
                    h.Document.IssuedOn, h.Document.ValidUntil, titleHighlight = h.Title, snippet = h.Text,
                }),
            };
        }).AllowAnonymous().WithSummary("规范性文件库：全文检索现行有效的文件（至少2个字，按相关度排序，附命中片段）");
        g.MapGet("/", async (int? year, NormativeState? state, bool? unfiled, string? title, int? page,
            NormativeService svc) => (await svc.ListAsync(new(year, state, unfiled == true, title, page ?? 1)))
                .Select(d => Document(d, svc)))
            .WithSummary("数据权限内的规范性文件（按印发或登记年度、状态、未报备、标题筛选，每页50件）");
        g.MapPost("/", async (RegisterNormativeRequest r, NormativeService svc) =>
        {
            var d = await svc.RegisterAsync(r);
            return Results.Created($"/api/normative/{d.Id}", Document(d, svc));
        }).RequireAuthorization(Write).WithSummary("起草登记");
        g.MapGet("/{id:int}", async (int id, NormativeService svc) =>
        {
            var d = await svc.FindAsync(id) ?? throw new KeyNotFoundException(NormativeService.NotFound);
            var filing = await svc.FilingDeadlineAsync(d);
            return new { document = Document(d, svc), d.Body, filing = filing is null ? null : DeadlineJson.Of(filing,
                svc.Today) };
        }).WithSummary("文件详情、正文与报备期限");
        g.MapPost("/{id:int}/steps", async (int id, NormativeStepRequest r, NormativeService svc) =>
            Document(await svc.StepAsync(id, r), svc)).RequireAuthorization(Write)
            .WithSummary("办理：SendForLegality、LegalityOpinion、FairCompetition、ExemptFairCompetition、Deliberate、" +
                "Issue（统一登记、编号、印发，prefix 机关代字）、File 报送备案、FilingReview 备案审查、Correct 纠正、" +
                "Evaluate 有效期届满前评估");
        g.MapGet("/export", async (int? year, NormativeState? state, bool? unfiled, NormativeService svc) =>
            await ApiResults.XlsxAsync("行政规范性文件台账.xlsx", s =>
                svc.ExportAsync(new NormativeFilter(year, state, unfiled == true), s)))
            .WithSummary("导出规范性文件台账（Excel，含正文，最多10万行）");
        g.MapPost("/import", async (IFormFile file, NormativeService svc) =>
        {
            await using var content = file.OpenReadStream();
            var report = await svc.ImportAsync(content);
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(Write).WithSummary("导入平台启用前印发的现行有效文件（Excel 列：" +
            string.Join("、", NormativeService.Columns) + "；有任何错误则整表不导入）");
        MapCleanups(g.MapGroup("/cleanups"));
    }

    static void MapCleanups(RouteGroupBuilder g)
    {
        g.MapGet("/", async (NormativeService svc) => (await svc.CleanupsAsync()).Select(Cleanup))
            .WithSummary("数据权限内的清理工作");
        g.MapPost("/", async (OpenCleanupRequest r, NormativeService svc) => Cleanup(await svc.OpenCleanupAsync(r)))
            .RequireAuthorization(Write).WithSummary("启动清理工作（人民政府）");
        g.MapGet("/{id:int}", async (int id, NormativeService svc) =>
            Cleanup(await svc.CleanupAsync(id) ?? throw new KeyNotFoundException(NormativeService.CleanupNotFound)))
            .WithSummary("清理工作及其结论");
        g.MapPost("/{id:int}/verdicts", async (int id, CleanupVerdictRequest r, NormativeService svc) =>
            Cleanup(await svc.JudgeAsync(id, r))).RequireAuthorization(Write)
            .WithSummary("对一件现行有效的文件作出清理结论：Keep 继续有效、Amend 修改、Repeal 废止、Lapse 失效（须说明理由）");
        g.MapPost("/{id:int}/close", async (int id, CloseCleanupRequest r, NormativeService svc) =>
            Cleanup(await svc.CloseCleanupAsync(id, r))).RequireAuthorization(Write).WithSummary("公布清理结果");
    }

    static object Document(NormativeDocument d, NormativeService svc) => new
    {
        d.Id, d.UnitId, unit = d.Unit?.Name, d.Title, d.DraftingUnit, d.RegisteredOn, state = d.State.ToString(),
        status = NormativeLabels.Status(d, svc.Today), d.LegalitySentOn, d.LegalityOn, d.LegalityPassed,
        d.FairCompetitionOn, d.FairCompetitionExempt, d.DeliberatedOn, d.RegistrationNumber, d.Number, d.IssuedOn,
        d.PublishedAs, d.EffectiveOn, d.ValidUntil, d.FiledOn, d.FiledWith, d.FiledInTime, d.FilingReviewedOn,
        d.FilingCompliant, filingOutcome = NormativeLabels.Outcome(d), d.CorrectedOn, d.EvaluatedOn,
        evaluationDue = NormativeLabels.EvaluationDue(d, svc.Today), d.EndedOn, d.EndReason, d.AmendmentDue,
        d.Version,
    };

    static object Cleanup(CleanupCampaign c) => new
    {
        c.Id, c.UnitId, unit = c.Unit?.Name, c.Title, c.StartedOn, c.ClosedOn, c.Version,
        summary = NormativeService.CleanupSummary(c),
        entries = c.Entries.OrderBy(e => e.Id).Select(e => new
        {
            e.DocumentId, verdict = e.Verdict.ToString(), verdictName = NormativeLabels.Verdict(e.Verdict), e.Reason,
            e.On,
        }),
    };
}
