using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Reconsideration;

/// <summary>/api/reconsideration: the same service as the pages, the same data scope.</summary>
public static class ReconsiderationApi
{
    public const string Write = "reconsideration.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/reconsideration").WithTags("行政复议");
        g.MapGet("/", async (string? search, ReconsiderationStatus? status, int? year, int? page,
            ReconsiderationService svc) =>
        {
            var (rows, total) = await svc.PageAsync(new CaseFilter(search, status, null, year, page ?? 1));
            return new { total, page = page ?? 1, rows = rows.Select(Json) };
        }).WithSummary("案件列表（检索、状态、收到年度，分页）");
        g.MapGet("/{id:int}", async (int id, ReconsiderationService svc) =>
        {
            var c = await svc.FindAsync(id) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
            var deadlines = (await svc.DeadlinesAsync(c)).Select(d => DeadlineJson.Of(d, svc.Today));
            return new { @case = Json(c), deadlines, timeline = await svc.TimelineAsync(id) };
        }).WithSummary("案件详情：法定期限及计算过程、办理过程");
        g.MapGet("/due", async (ReconsiderationService svc) => (await svc.DueAsync(svc.Today))
                .Select(d => new { @case = Json(d.Case), deadline = DeadlineJson.Of(d.Deadline, svc.Today) }))
            .WithSummary("复议决定期限即将到期（7日内）或已超期的案件");
        g.MapPost("/", async (RegisterCaseRequest r, ReconsiderationService svc) =>
        {
            var c = await svc.RegisterAsync(r);
            return TypedResults.Created($"/api/reconsideration/{c.Id}", Json(c));
        }).RequireAuthorization(Write).WithSummary("登记案件");
        g.MapPost("/{id:int}/steps", async (int id, CaseStepRequest r, ReconsiderationService svc) =>
            Json(await svc.StepAsync(id, r))).RequireAuthorization(Write).WithSummary("办理一个程序步骤");
        g.MapPost("/{id:int}/extension", async (int id, ExtensionRequest r, ReconsiderationService svc) =>
        {
            await svc.ExtendAsync(id, r);
            return TypedResults.NoContent();
        }).RequireAuthorization(Write).WithSummary("延长审理期限（第62条）");
        g.MapGet("/export", (int? year, ReconsiderationService svc) => ApiResults.XlsxAsync("行政复议台账.xlsx",
            s => CaseExchange.ExportAsync(svc.Query(new CaseFilter(Year: year)),
                s))).WithSummary("导出台账（Excel）");
        g.MapPost("/import", async (IFormFile file, IServiceProvider sp) =>
        {
            var report = await CaseExchange.ImportAsync(sp, file.OpenReadStream());
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(Write).WithSummary("导入台账（有任何错误则整表不导入）");
    }

    static object Json(ReconsiderationCase c) => new
    {
        c.Id, c.CaseNumber, c.Applicants, organ = c.Unit?.Name, c.UnitId, respondent = c.RespondentUnit?.Name,
        c.RespondentUnitId, c.ContestedAct, category = Labels.Category[c.Category],
        procedure = Labels.Procedure[c.Procedure], status = Labels.Status[c.Status], c.ReceivedOn, c.AcceptedOn,
        c.ConcludedOn, decision = c.Decision is { } d ? Labels.Decision[d] : null,
        decisionText = Labels.DecisionText(c),
        c.RedoWithinDays, compensation = c.Compensation is { } comp ? Labels.Compensation[comp] : null,
        c.RespondentSelfCorrected, c.ConvertedOn, c.OpinionsHeardOn, c.WrittenReviewReason, c.HearingScheduledOn,
        c.HearingHeldOn, c.CommitteeAdvice, c.OpinionLetterRecipient, c.OpinionLetterServedOn,
        c.OpinionLetterReportedOn, c.PublishedOn, reviewFirst = c.ReviewFirst is { } rf ? Labels.ReviewFirst[rf] : null,
        c.SubmittedViaRespondentOn, c.Version,
    };
}
