using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Disputes;

/// <summary>/api/disputes: mediation organisations and their mediators, disputes and their steps, the 台账 in Excel.
/// </summary>
public static class DisputeApi
{
    public const string Write = "disputes.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/disputes").WithTags("矛盾纠纷化解");
        g.MapGet("/organisations", async (DisputeService svc) => (await svc.OrganisationsAsync()).Select(Organisation))
            .WithSummary("数据权限内的调解组织及其调解员");
        g.MapPost("/organisations", async (CreateOrganisationRequest r, DisputeService svc) =>
            Organisation(await svc.CreateOrganisationAsync(r))).RequireAuthorization(Write)
            .WithSummary("登记调解组织（层级：Village 村（社区）、Township 乡镇（街道）、County 县级、Professional 行业性专业性、" +
                "AdministrativeCentre 行政争议协调化解中心；调解员每行一人，专职的注明“（专职）”）");
        g.MapPost("/organisations/{id:int}/mediators", async (int id, AddMediatorsRequest r, DisputeService svc) =>
            Organisation(await svc.AddMediatorsAsync(id, r))).RequireAuthorization(Write).WithSummary("增加调解员");
        g.MapGet("/", async (int? year, OrganisationLevel? level, string? outcome, int? organisation, int? page,
            DisputeService svc) =>
        {
            var (rows, total) = await svc.PageAsync(new DisputeFilter(year, level, outcome, organisation, page ?? 1));
            return new { total, rows = rows.Select(c => Case(c, svc)) };
        }).WithSummary("纠纷案件（按受理年度、组织层级、结果 Resolved/Failed/Terminated/Returned/pending、调解组织筛选，每页50件）");
        g.MapPost("/", async (RegisterDisputeRequest r, DisputeService svc) =>
        {
            var c = await svc.RegisterAsync(r);
            return Results.Created($"/api/disputes/{c.Id}", Case((await svc.FindAsync(c.Id))!, svc));
        }).RequireAuthorization(Write).WithSummary("受理纠纷（来源：Party 当事人申请、Court 法院推送、Reconsideration 复议机构转入）");
        g.MapGet("/{id:int}", async (int id, DisputeService svc) =>
            Case(await svc.FindAsync(id) ?? throw new KeyNotFoundException(DisputeService.NotFound), svc))
            .WithSummary("纠纷案件详情与期限");
        g.MapPost("/{id:int}/steps", async (int id, DisputeStepRequest r, DisputeService svc) =>
            Case(await svc.StepAsync(id, r), svc)).RequireAuthorization(Write)
            .WithSummary("办理：Resolve 调解成功（协议内容）、Fail 调解不成、Terminate 终止、Return 退回（推送的纠纷）、" +
                "ApplyConfirmation 申请司法确认（协议生效30日内）、RecordConfirmation 司法确认结果（confirmed）");
        g.MapGet("/export", async (int? year, OrganisationLevel? level, string? outcome, int? organisation,
            DisputeService svc) => await ApiResults.XlsxAsync("矛盾纠纷台账.xlsx", s =>
                svc.ExportAsync(new DisputeFilter(year, level, outcome, organisation), s)))
            .WithSummary("导出纠纷台账（Excel，筛选同列表，最多10万行）");
        g.MapPost("/import", async (IFormFile file, DisputeService svc) =>
        {
            await using var content = file.OpenReadStream();
            var report = await svc.ImportAsync(content);
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(Write).WithSummary("导入纠纷台账（Excel 列：" + string.Join("、", DisputeService.Columns) +
            "；有任何错误则整表不导入）");
    }

    static object Organisation(MediationOrganisation o) => new
    {
        o.Id, o.Name, level = o.Level.ToString(), levelName = DisputeLabels.Level(o.Level), unit = o.Unit?.Name,
        o.UnitId, o.Version,
        mediators = o.Mediators.OrderBy(m => m.Id).Select(m => new { m.Id, m.Name, m.FullTime }),
    };

    static object Case(DisputeCase c, DisputeService svc) => new
    {
        c.Id, c.Number, c.OrganisationId, organisation = c.Organisation?.Name, unit = c.Unit?.Name,
        level = c.Level.ToString(), c.Kind, c.Parties, c.Summary, c.ReceivedOn, source = c.Source.ToString(),
        c.SourceReference, outcome = c.Outcome?.ToString(), outcomeName = DisputeLabels.Outcome(c.Outcome),
        c.ConcludedOn, c.OutcomeText, c.ConfirmationAppliedOn, c.Confirmed, c.ConfirmedOn, c.Version,
        deadlines = svc.Deadlines(c).Select(d => DeadlineJson.Of(d, svc.Today)),
    };
}
