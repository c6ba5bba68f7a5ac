using Fazhi.Kernel.Host;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>/api/enforcement/inspection-objects and /api/enforcement/inspections: the same services as the pages,
/// the same data scope.</summary>
public static class InspectionApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        MapObjects(api.MapGroup("/enforcement/inspection-objects").WithTags("行政执法"));
        MapPlans(api.MapGroup("/enforcement/inspections").WithTags("行政执法"));
    }

    static void MapObjects(RouteGroupBuilder g)
    {
        g.MapGet("/", async (string? search, ObjectKind? kind, RiskGrade? grade, int? page, ObjectService svc) =>
        {
            var (rows, total) = await svc.PageAsync(new ObjectFilter(search, kind, grade), page ?? 1);
            var recusals = await svc.RecusalsAsync(rows.Select(o => o.Id).ToArray());
            return new { total, page = page ?? 1, rows = rows.Select(o => Json(o, recusals[o.Id])) };
        }).WithSummary("检查对象名录库（检索、类型、风险等级，分页；含登记的回避）");
        g.MapGet("/{id:int}", async (int id, ObjectService svc) =>
            Json(await svc.FindAsync(id) ?? throw new KeyNotFoundException(ObjectService.NotFound),
                (await svc.RecusalsAsync([id]))[id])).WithSummary("检查对象详情（含登记的回避）");
        g.MapPost("/", async (RegisterObjectRequest r, ObjectService svc) =>
        {
            var o = await svc.RegisterAsync(r);
            return TypedResults.Created($"/api/enforcement/inspection-objects/{o.Id}", Json(o, []));
        }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("登记检查对象（企业须有统一社会信用代码）");
        g.MapPost("/{id:int}/risk-grade", async (int id, RiskGradeRequest r, ObjectService svc) =>
            Json(await svc.ChangeRiskGradeAsync(id, r), (await svc.RecusalsAsync([id]))[id]))
            .RequireAuthorization(OfficerApi.Write)
            .WithSummary("调整检查对象的风险等级（A、B、C、D类；须填写理由，" +
                "记入对象的调整记录和审计日志；须提交对象当前的version）");
        g.MapPost("/recusals", async (RegisterRecusalRequest r, ObjectService svc) =>
            Json(await svc.RecuseAsync(r))).RequireAuthorization(OfficerApi.Write)
            .WithSummary("登记执法人员对检查对象回避（行政处罚法第43条；抽取时不选派）");
        g.MapGet("/export", (string? search, ObjectKind? kind, RiskGrade? grade, ObjectService svc) =>
            ApiResults.XlsxAsync("检查对象名录库.xlsx",
                s => ObjectExchange.ExportAsync(svc.Query(new ObjectFilter(search, kind, grade)), s)))
            .WithSummary("导出检查对象名录库（Excel）");
        g.MapPost("/import", async (IFormFile file, IServiceProvider sp) =>
        {
            var report = await ObjectExchange.ImportAsync(sp, file.OpenReadStream());
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("导入检查对象名录库（有任何错误则整表不导入）");
    }

    static void MapPlans(RouteGroupBuilder g)
    {
        g.MapGet("/", async (string? search, int? year, int? page, InspectionService svc) =>
        {
            var (rows, total) = await svc.PageAsync(new PlanFilter(search, year), page ?? 1);
            return new
            {
                total, page = page ?? 1,
                rows = rows.Select(r => new { plan = Json(r.Plan, r.Agency, r.Power), r.Drawn, r.Done, r.Published }),
            };
        }).WithSummary("双随机抽查计划列表（检索、计划年度，分页）");
        g.MapGet("/{id:int}", async (int id, TaskState? state, int? page, InspectionService svc) =>
        {
            var p = await svc.FindAsync(id) ?? throw new KeyNotFoundException(InspectionService.NotFound);
            var tasks = await svc.TasksAsync(id, state, page ?? 1);
            return new
            {
                plan = Json(p), progress = await svc.ProgressAsync(id),
                drawnByGrade = (await svc.DrawnByGradeAsync(id)).ToDictionary(x => x.Key.ToString(), x => x.Value),
                tasks = new
                {
                    tasks.Total, page = page ?? 1, rows = tasks.Rows.Select(t => Json(t, tasks.Officers, svc.Today)),
                },
                timeline = await svc.TimelineAsync(id),
            };
        }).WithSummary("抽查计划详情：随机种子、对象库和人员库规模、" +
            "抽取的任务及检查人员（分页）、检查结果和公示");
        g.MapPost("/", async (RegisterPlanRequest r, InspectionService svc) =>
        {
            var p = await svc.RegisterAsync(r);
            return TypedResults.Created($"/api/enforcement/inspections/{p.Id}", Json(p));
        }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("登记抽查计划（行政检查事项、各风险等级抽查比例、" +
                "每个对象的执法人员数）");
        g.MapPost("/{id:int}/draw", async (int id, DrawRequest r, InspectionService svc) =>
            Json(await svc.DrawAsync(id, r))).RequireAuthorization(OfficerApi.Write)
            .WithSummary("随机抽取检查对象并随机选派执法人员" +
                "（每个计划一次；随机种子由密码学随机数生成）");
        g.MapGet("/{id:int}/verification", async (int id, InspectionService svc) =>
        {
            var check = await svc.VerifyAsync(id);
            return new { plan = Json(check.Plan), check.Identical, check.Message };
        }).WithSummary("复核抽取：以登记的随机种子和抽取时的对象库、人员库重新抽取，" +
            "比对结果是否一致");
        g.MapPost("/{id:int}/result", async (int id, TaskResultRequest r, InspectionService svc) =>
        {
            var task = await svc.RecordResultAsync(id, r);
            return Json(task, await svc.OfficersAsync(task.InspectorIds), svc.Today);
        }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("登记检查结果（公示期限自检查之日起20个工作日）");
        g.MapPost("/{id:int}/publication", async (int id, ResultPublicationRequest r, InspectionService svc) =>
            new { published = await svc.PublishAsync(id, r) }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("登记公示检查结果（可多项一并公示；企业信息公示暂行条例第6条）");
    }

    static object Json(InspectionObject o, IEnumerable<InspectionRecusal> recusals) => new
    {
        o.Id, o.UnitId, agency = o.Unit?.Name, o.Name, kind = InspectionLabels.Kind[o.Kind], o.CreditCode,
        grade = o.RiskGrade.ToString(), o.Address, o.Version,
        recusals = recusals.Select(Json),
    };

    static object Json(InspectionRecusal r) => new
    {
        r.Id, r.ObjectId, r.OfficerId, officer = r.Officer?.Name, r.Reason, r.RegisteredOn,
    };

    static object Json(InspectionPlan p) => Json(p, p.Unit?.Name, p.Power?.Name);

    static object Json(InspectionPlan p, string? agency, string? power) => new
    {
        p.Id, p.UnitId, agency, p.Name, p.PowerId, power,
        ratios = InspectionDraw.Grades.ToDictionary(g => g.ToString(), p.Ratio), p.InspectorsPerObject, p.StartOn,
        p.EndOn, p.DrawnOn, seed = InspectionLabels.Seed(p.Seed),
        pool = p.DrawnOn is null ? null : new
        {
            objects = p.ObjectsInPool, officers = p.OfficersInPool, recusals = p.RecusalsInPool,
            sha256 = p.PoolSha256,
        },
        resultSha256 = p.ResultSha256,
        p.Version,
    };

    static object Json(InspectionTask t, IReadOnlyDictionary<int, EnforcementOfficer> officers, DateOnly today) => new
    {
        t.Id, t.ObjectId, @object = t.Object?.Name, t.Object?.CreditCode, grade = t.RiskGrade.ToString(), t.DrawnOn,
        inspectors = t.InspectorIds.Select(id => new
        {
            officerId = id, officers.GetValueOrDefault(id)?.Name,
            certificate = officers.GetValueOrDefault(id)?.CertificateNumber,
        }),
        result = t.Result is { } r ? InspectionLabels.Result[r] : null, t.ResultOn, t.ResultNote, t.PublicityDue,
        t.PublishedOn, t.PublicationUrl, late = InspectionRules.PublishedLate(t),
        overdue = InspectionRules.Overdue(t, today), t.Version,
    };
}
