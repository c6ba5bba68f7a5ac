using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Features.Litigation;

/// <summary>/api/litigation: the same service as the pages, the same data scope.</summary>
public static class LitigationApi
{
    public const string Write = "litigation.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/litigation").WithTags("行政应诉");
        g.MapGet("/", async (string? search, int? year, int? page, LitigationService svc) =>
        {
            var (rows, total) = await svc.PageAsync(search, year, page ?? 1);
            return new { total, page = page ?? 1, rows = rows.Select(Json) };
        }).WithSummary("应诉案件列表（检索、立案年度，分页）");
        g.MapGet("/{id:int}", async (int id, LitigationService svc) =>
        {
            var c = await svc.FindAsync(id) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
            var deadlines = (await svc.DeadlinesAsync(c)).Select(d => DeadlineJson.Of(d, svc.Today));
            return new { @case = Json(c), deadlines, timeline = await svc.TimelineAsync(id) };
        }).WithSummary("应诉案件详情：法定期限、开庭、办理过程");
        g.MapPost("/", async (RegisterLitigationRequest r, LitigationService svc) =>
        {
            var c = await svc.RegisterAsync(r);
            return TypedResults.Created($"/api/litigation/{c.Id}", Json(c));
        }).RequireAuthorization(Write).WithSummary("登记应诉案件");
        g.MapPost("/{id:int}/service", async (int id, DatedStepRequest r, LitigationService svc) =>
            Json(await svc.RecordServiceAsync(id, r))).RequireAuthorization(Write)
            .WithSummary("登记收到起诉状副本");
        g.MapPost("/{id:int}/defence", async (int id, DatedStepRequest r, LitigationService svc) =>
            Json(await svc.SubmitDefenceAsync(id, r))).RequireAuthorization(Write).WithSummary("登记提交答辩状");
        g.MapPost("/{id:int}/hearings", async (int id, HearingRequest r, LitigationService svc) =>
            Json(await svc.AddHearingAsync(id, r))).RequireAuthorization(Write)
            .WithSummary("登记开庭及出庭应诉");
        g.MapPost("/{id:int}/conclusion", async (int id, ConclusionRequest r, LitigationService svc) =>
            Json(await svc.ConcludeAsync(id, r))).RequireAuthorization(Write).WithSummary("登记裁判结果");
        g.MapPost("/{id:int}/appeal-intent", async (int id, DatedStepRequest r, LitigationService svc) =>
            Json(await svc.IntendAppealAsync(id, r))).RequireAuthorization(Write)
            .WithSummary("登记本机关拟提起上诉（上诉期由此列入待办）");
        g.MapPost("/{id:int}/appeal", async (int id, AppealRequest r, LitigationService svc) =>
            Json(await svc.RecordAppealAsync(id, r))).RequireAuthorization(Write).WithSummary("登记一审裁判的" +
                "上诉情况");
        g.MapGet("/export",
            (string? search, int? year, LitigationService svc) => ApiResults.XlsxAsync("行政应诉台账.xlsx",
            s => LitigationExport.WriteAsync(svc.Query(search, year).Include(c => c.Hearings), s)))
            .WithSummary("导出台账（Excel）");
    }

    static object Json(LitigationCase c) => new
    {
        c.Id, c.CaseNumber, defendant = c.Unit?.Name, c.UnitId, coDefendant = c.CoDefendantUnit?.Name,
        c.CoDefendantUnitId, court = c.CourtUnit?.Name, instance = LitigationLabels.Instance[c.Instance],
        procedure = LitigationLabels.Procedure[c.Procedure], c.NonPerformance,
        headMustAppear = c.HeadMustAppear is { } g ? LitigationLabels.HeadMustAppear[g] : null,
        c.Plaintiffs, c.Cause, c.FiledOn, c.ServedOn,
        hearings = c.Hearings.Select(h => new
        {
            h.HeldOn, h.ResponsiblePersonAppeared, rank = h.Rank is { } r ? LitigationLabels.Rank[r] : null,
            h.AppearedName, h.AppearedTitle,
            absenceReason = h.AbsenceReason is { } a ? LitigationLabels.Absence[a] : null, h.AbsenceExplanation,
            judicialSuggestion = LitigationRules.CallsForJudicialSuggestion(h),
        }),
        outcome = c.Outcome is { } o ? LitigationLabels.Outcome[o] : null, c.ConcludedOn, c.AgencyLost,
        appellant = c.Appellant is { } p ? LitigationLabels.Appellant[p] : null, c.AppealIntended, c.AgencyAppealedOn,
        c.OriginalLost, c.Version,
    };
}
