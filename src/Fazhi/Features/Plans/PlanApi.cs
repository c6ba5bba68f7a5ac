using Fazhi.Kernel;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Plans;

/// <summary>/api/plans: reading and importing plans, resolving names, the units' tasks and progress reports.
/// </summary>
public static class PlanApi
{
    public const string Write = "plans.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/plans").WithTags("实施方案");
        g.MapGet("/", (PlanService svc) => svc.PlansAsync()).WithSummary("实施方案列表");
        g.MapPost("/preview", async (IFormFile file, int unit, PlanService svc) =>
            (await svc.PreviewAsync(await PlanService.TextOfAsync(file.OpenReadStream(), file.FileName), unit))
                .ToJson())
            .RequireAuthorization(Write)
            .WithSummary("识别实施方案（.txt/.docx/.pdf/.xlsx），返回任务、牵头和参加单位、时间节点，不保存");
        g.MapPost("/", async (IFormFile file, int unit, HttpRequest request, PlanService svc) =>
        {
            var preview = await svc.PreviewAsync(await PlanService.TextOfAsync(file.OpenReadStream(), file.FileName),
                unit);
            var plan = await svc.CreateAsync(preview, Choices(request.Form["resolve"]));
            return TypedResults.Created($"/api/plans/{plan.Id}", await PlanJson(plan.Id, svc));
        }).RequireAuthorization(Write)
            .WithSummary("导入实施方案；表单字段 resolve 可重复，写作“名称=单位编号”，确认待定的单位名称");
        g.MapGet("/{id:int}", (int id, PlanService svc) => PlanJson(id, svc)).WithSummary("实施方案详情：任务、单位、进展");
        g.MapGet("/{id:int}/export", async (int id, PlanService svc) =>
        {
            var plan = await svc.FindAsync(id) ?? throw new KeyNotFoundException(PlanService.NotFound);
            var reports = await svc.ReportsOfPlanAsync(id);
            return await ApiResults.XlsxAsync("实施方案任务台账.xlsx", s => PlanExport.WriteAsync(plan, reports, s));
        }).WithSummary("导出任务台账（Excel；可作为任务表重新导入）");
        g.MapPost("/{id:int}/names", async (int id, ResolveNameRequest r, PlanService svc) =>
        {
            await svc.ResolveAsync(id, r);
            return await PlanJson(id, svc);
        }).RequireAuthorization(Write).WithSummary("确认待定的单位名称（该名称的所有任务）");
        g.MapGet("/tasks/own", async (ProgressService svc) => (await svc.OwnTasksAsync()).Select(TaskJson))
            .WithSummary("本单位承担的任务");
        g.MapGet("/tasks/{id:int}", async (int id, ProgressService svc) =>
            TaskJson(await svc.TaskAsync(id) ?? throw new KeyNotFoundException(PlanService.NotFound)))
            .WithSummary("任务详情：单位、时间节点、进展");
        g.MapPost("/tasks/{id:int}/milestones", async (int id, MilestoneRequest r, MilestoneService svc,
            ProgressService progress) =>
        {
            await svc.SaveAsync(id, r);
            return TaskJson((await progress.TaskAsync(id))!);
        }).RequireAuthorization(Write)
            .WithSummary("新增时间节点，或调整 MilestoneId 所指的时间节点（Version 为方案的版本，方案所属单位办理）");
        g.MapPost("/tasks/{id:int}/milestones/remove", async (int id, RemoveMilestoneRequest r,
            MilestoneService svc, ProgressService progress) =>
        {
            await svc.RemoveAsync(id, r);
            return TaskJson((await progress.TaskAsync(id))!);
        }).RequireAuthorization(Write).WithSummary("删除任务的一个时间节点");
        g.MapPost("/assignments/{id:int}/progress", async (int id, IFormFile? evidence, HttpRequest request,
            ProgressService svc) =>
        {
            var form = request.Form;
            int? percent = int.TryParse(form["percent"], out var p) ? p : null;
            if (!string.IsNullOrEmpty(form["percent"]) && percent is null)
                throw new DomainException("Percent", "完成进度应为0至100之间的整数");
            var report = await svc.ReportAsync(id, new ReportProgressRequest(form["month"]!, form["text"]!, percent),
                evidence is null ? null : (evidence.FileName, evidence.ContentType ?? "", evidence.OpenReadStream()));
            return ReportJson(report);
        }).RequireAuthorization(Write)
            .WithSummary("报送月度进展（表单字段 month 如2026-11、text、percent；可附 evidence 文件，不超过20 MB）");
        g.MapGet("/progress/{recordId:int}/evidence", async (int recordId, ProgressService svc) =>
            await svc.EvidenceAsync(recordId) is { Evidence: { } file } r
                ? Results.File(file.Content, r.EvidenceType ?? "application/octet-stream", r.EvidenceName)
                : Results.NotFound())
            .WithSummary("下载进展佐证材料");
    }

    /// <summary>"名称=单位编号" pairs; a malformed one is the caller's error.</summary>
    static Dictionary<string, int> Choices(IEnumerable<string?> values)
    {
        var choices = new Dictionary<string, int>();
        foreach (var v in values.OfType<string>())
        {
            var at = v.LastIndexOf('=');
            if (at <= 0 || !int.TryParse(v[(at + 1)..], out var unitId))
                throw new DomainException("resolve", $"“{v}”应写作“名称=单位编号”");
            choices[v[..at]] = unitId;
        }
        return choices;
    }

    static async Task<object> PlanJson(int id, PlanService svc)
    {
        var plan = await svc.FindAsync(id) ?? throw new KeyNotFoundException(PlanService.NotFound);
        var reports = await svc.ReportsOfPlanAsync(id);
        return new
        {
            plan.Id, plan.Title, plan.DocumentNumber, plan.IssuedOn, unit = plan.Unit?.Name, plan.Version,
            tasks = plan.Tasks.Select(t => TaskJson(new TaskView(plan, t, [.. reports.Where(r => r.TaskId == t.Id)],
                new HashSet<int>()))),
        };
    }

    static object TaskJson(TaskView v) => new
    {
        v.Task.Id, planId = v.Plan.Id, plan = v.Plan.Title, planVersion = v.Plan.Version, v.Task.Number, v.Task.Text,
        percent = v.Percent,
        assignments = v.Task.Assignments.Select(a => new
        {
            a.Id, role = a.Role.ToString().ToLowerInvariant(), name = a.NameAsWritten, unitId = a.UnitId,
            unit = a.Unit?.Name, match = a.Match.ToString().ToLowerInvariant(),
        }),
        targets = v.Task.Milestones.OrderBy(m => m.DueOn)
            .Select(m => new { m.Id, m.Text, due = m.DueOn, m.Recurs }),
        reports = v.Reports.Select(ReportJson),
    };

    static object ReportJson(ProgressReport r) => new
    {
        r.Id, r.AssignmentId, r.TaskId, unit = r.Unit?.Name, month = r.Month.ToString("yyyy-MM"), r.Text, r.Percent,
        r.ReportedOn, r.ReportedBy, evidence = r.EvidenceName, r.EvidenceSha256,
    };
}
