using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Plans.Supervision;

/// <summary>/api/plans/supervision: the notices in the caller's scope and their steps.</summary>
public static class SupervisionApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/plans/supervision").WithTags("督办");
        g.MapGet("/", async (bool? open, SupervisionService svc) =>
            (await svc.ListAsync(open ?? false)).Select(n => Json(n, svc))).WithSummary("督办单列表（open=true 仅未办结）");
        g.MapGet("/{id:int}", async (int id, SupervisionService svc) =>
            Json(await svc.FindAsync(id) ?? throw new KeyNotFoundException(SupervisionService.NotFound), svc))
            .WithSummary("督办单详情：期限与办理情况");
        g.MapPost("/run", async (int? plan, SupervisionService svc) =>
        {
            var (issued, escalated) = await svc.SuperviseAsync(plan);
            return new { issued, escalated };
        }).RequireAuthorization(PlanApi.Write)
            .WithSummary("对数据权限内的实施方案（或 plan 指定的一个）生成督办单并升级逾期未办结的督办单；同一事由只下达一次");
        Step(g, "acknowledge", "签收督办单", (s, id, r) => s.AcknowledgeAsync(id, r));
        Step(g, "reply", "反馈整改落实情况", (s, id, r) => s.ReplyAsync(id, r));
        Step(g, "resolve", "确认办结（下达单位）", (s, id, r) => s.ResolveAsync(id, r));
    }

    static void Step(RouteGroupBuilder g, string path, string summary,
        Func<SupervisionService, int, NoticeStepRequest, Task<SupervisionNotice>> step) =>
        g.MapPost($"/{{id:int}}/{path}", async (int id, NoticeStepRequest r, SupervisionService svc) =>
            Json(await step(svc, id, r), svc)).RequireAuthorization(PlanApi.Write).WithSummary(summary);

    static object Json(SupervisionNotice n, SupervisionService svc) => new
    {
        n.Id, n.Number, unit = n.Unit?.Name, issuer = n.IssuerUnit?.Name, n.PlanId, n.TaskId,
        reason = n.Reason.ToString(), n.Subject, n.Detail, n.IssuedOn, n.Level,
        levelName = SupervisionNotice.LevelName(n.Level), n.EscalatedOn, escalatesOn = svc.EscalatesOn(n),
        n.AcknowledgedOn, n.RepliedOn, n.ReplyText, n.ResolvedOn, n.ResolutionText, n.Version,
        deadlines = svc.Deadlines(n).Select(d => DeadlineJson.Of(d, svc.Today)),
    };
}
