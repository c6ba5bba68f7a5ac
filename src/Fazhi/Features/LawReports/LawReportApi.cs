using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.LawReports;

/// <summary>/api/lawreports: the year's 述法, its steps, and the units' duty lists.</summary>
public static class LawReportApi
{
    public const string Write = "lawreports.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/lawreports").WithTags("述法");
        g.MapGet("/", async (int? year, LawReportService svc) =>
            (await svc.ListAsync(year ?? svc.Today.Year - 1)).Select(r => Json(r, svc.Today)))
            .WithSummary("某年度（默认上一年度）的述法安排与完成情况");
        g.MapPost("/arrange", async (ArrangeLawReportsRequest r, LawReportService svc) =>
            (await svc.ArrangeAsync(r)).Select(x => Json(x, svc.Today))).RequireAuthorization(Write)
            .WithSummary("安排年度述法：应述法的单位、会议述法的单位、截止日期（全部成功或全部不变）");
        g.MapGet("/{id:int}", async (int id, LawReportService svc) =>
            Json(await svc.FindAsync(id) ?? throw new KeyNotFoundException(LawReportService.NotFound), svc.Today))
            .WithSummary("述法详情");
        g.MapPost("/{id:int}/give", async (int id, GiveLawReportRequest r, LawReportService svc) =>
            Json(await svc.GiveAsync(id, r), svc.Today)).RequireAuthorization(Write).WithSummary("述法（述法单位）");
        g.MapPost("/{id:int}/grade", async (int id, GradeLawReportRequest r, LawReportService svc) =>
            Json(await svc.GradeAsync(id, r), svc.Today)).RequireAuthorization(Write)
            .WithSummary("评议述法：Excellent 好、Good 较好、Fair 一般、Poor 差（组织单位）");
        g.MapGet("/duties", async (LawReportService svc) => (await svc.DutyListsAsync()).Select(d => new
        {
            d.Id, d.UnitId, unit = d.Unit?.Name, d.LeaderName, d.LeaderPost, duties = d.DutyLines, d.AdoptedOn,
        })).WithSummary("第一责任人职责清单");
        g.MapPost("/duties", async (SaveDutyListRequest r, LawReportService svc) =>
        {
            var d = await svc.SaveDutyListAsync(r);
            return new { d.Id, d.UnitId, d.LeaderName, d.LeaderPost, duties = d.DutyLines, d.AdoptedOn };
        }).RequireAuthorization(Write).WithSummary("制定或更新单位的第一责任人职责清单（每行一项）");
    }

    static object Json(LawReport r, DateOnly today) => new
    {
        r.Id, r.UnitId, unit = r.Unit?.Name, r.Year, form = r.Form.ToString(), formName = LawReportLabels.Form(r.Form),
        r.DueOn, r.LeaderName, r.LeaderPost, r.ReportedOn, r.Content, grade = r.Grade?.ToString(),
        gradeName = LawReportLabels.Grade(r.Grade), r.GradedOn, r.GradeNote, state = LawReportLabels.State(r, today),
        r.Version, deadline = DeadlineJson.Of(LawReportService.Deadline(r), today),
    };
}
