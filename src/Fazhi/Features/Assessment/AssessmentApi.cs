using Fazhi.Kernel;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Assessment;

/// <summary>/api/assessment: indicator systems and their trees, the cycle of each unit's assessment, rankings and
/// score sheets.</summary>
public static class AssessmentApi
{
    public const string Write = "assessment.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/assessment").WithTags("考核");
        g.MapGet("/systems", async (IndicatorService svc) => (await svc.ListAsync()).Select(s => new
        {
            s.Id, s.UnitId, unit = s.Unit?.Name, s.Year, s.Name, s.Audience,
            shape = new IndicatorTree(s.Indicators).Shape, points = new IndicatorTree(s.Indicators).Points,
        })).WithSummary("数据权限内的考核指标体系");
        g.MapPost("/systems", async (CreateSystemRequest r, IndicatorService svc) => Tree(await svc.CreateAsync(r)))
            .RequireAuthorization(Write).WithSummary("新建年度指标体系（CopyFromId：复制以前年度的指标）");
        g.MapGet("/systems/{id:int}", async (int id, IndicatorService svc) =>
            Tree(await svc.FindAsync(id) ?? throw new KeyNotFoundException(IndicatorService.NotFound)))
            .WithSummary("指标体系及其指标树（编号、分值、评分方式）");
        g.MapPost("/systems/{id:int}/indicators", async (int id, IndicatorRequest r, IndicatorService svc) =>
            Node(await svc.AddAsync(id, r))).RequireAuthorization(Write)
            .WithSummary("增加指标（ParentId 为空即一级指标；末级指标须有分值和评分方式）");
        g.MapPut("/indicators/{id:int}", async (int id, IndicatorRequest r, IndicatorService svc) =>
            Node(await svc.UpdateAsync(id, r))).RequireAuthorization(Write).WithSummary("修改指标");
        g.MapDelete("/indicators/{id:int}", async (int id, IndicatorService svc) =>
        {
            await svc.DeleteAsync(id);
            return Results.NoContent();
        }).RequireAuthorization(Write).WithSummary("删除指标及其下级指标");
        g.MapGet("/systems/{id:int}/export", async (int id, IndicatorService svc) =>
        {
            var s = await svc.FindAsync(id) ?? throw new KeyNotFoundException(IndicatorService.NotFound);
            return await ApiResults.XlsxAsync($"{s.Year}年{s.Name}.xlsx", o => IndicatorService.ExportAsync(s, o));
        }).WithSummary("导出指标体系（Excel）");
        g.MapPost("/systems/{id:int}/import", async (int id, IFormFile file, IndicatorService svc) =>
        {
            _ = await svc.FindAsync(id) ?? throw new KeyNotFoundException(IndicatorService.NotFound);
            await using var content = file.OpenReadStream();
            var result = await svc.ImportAsync(id, content);
            return result.Errors.Count == 0 ? Results.Ok(result) : Results.UnprocessableEntity(result);
        }).RequireAuthorization(Write).WithSummary("从Excel导入指标（列：编号、指标、分值、评分方式、数据指标、目标值、" +
            "每项扣分、评分标准；替换全部指标；任何一行有误则整表不导入）");
        g.MapPost("/systems/{id:int}/start", async (int id, StartAssessmentRequest r, AssessmentService svc) =>
            (await svc.StartAsync(id, r)).Select(a => new { a.Id, a.UnitId, a.SelfDueOn }))
            .RequireAuthorization(Write).WithSummary("启动考核：考核对象与自评截止日期（全部成功或全部不变）");
        g.MapGet("/systems/{id:int}/ranking", async (int id, IndicatorService systems, AssessmentService svc) =>
        {
            // The ranking is the assessor's: a unit ranked alone among the rows it may see would be misled.
            var s = await systems.FindAsync(id) ?? throw new KeyNotFoundException(IndicatorService.NotFound);
            return new
            {
                system = new { s.Id, s.Year, s.Name, s.Audience },
                rows = RankingRow.Of(await svc.ListAsync(id)).Select(r => new
                {
                    r.Assessment.Id, unit = r.Assessment.Unit?.Name, r.Total, r.Final, r.Rank,
                    state = AssessmentLabels.State(r.Assessment.State),
                }),
            };
        }).WithSummary("考核排名（考核单位；确定结果前为复核得分）");
        g.MapGet("/", async (AssessmentService svc) => (await svc.ListAsync()).Select(a => new
        {
            a.Id, a.SystemId, a.UnitId, unit = a.Unit?.Name, a.Year, state = a.State.ToString(),
            stateName = AssessmentLabels.State(a.State), a.SelfDueOn, a.ObjectionDueOn, a.Total,
        })).WithSummary("数据权限内的考核（被考核或作为考核单位）");
        g.MapGet("/{id:int}", async (int id, AssessmentService svc) => await SheetAsync(svc, id))
            .WithSummary("考核评分表：每项指标的分值、自评、数据评分及算式、复核、异议、最终得分和失分原因");
        g.MapGet("/{id:int}/export", async (int id, AssessmentService svc) =>
        {
            var sheet = await LoadSheetAsync(svc, id);
            var a = sheet.Assessment;
            return await ApiResults.XlsxAsync($"{a.Year}年度{a.Unit?.Name}考核评分表.xlsx",
                o => ScoreSheetExport.WriteAsync(sheet, o));
        }).WithSummary("导出考核评分表（Excel，每项指标一行，含失分原因及算式和合计）");
        Step(g, "self", "保存自评（被考核单位）", (s, id, r) => s.SelfAssessAsync(id, r));
        Step(g, "review", "复核评分（考核单位；扣分须说明理由）", (s, id, r) => s.ReviewAsync(id, r));
        Step<VersionRequest>(g, "submit", "提交自评（被考核单位）", (s, id, r) => s.SubmitAsync(id, r));
        Step<CompleteReviewRequest>(g, "reviewed", "完成复核并告知异议期（考核单位）",
            (s, id, r) => s.CompleteReviewAsync(id, r));
        Step<ObjectionRequest>(g, "objection", "对复核结果提出异议（被考核单位）", (s, id, r) => s.ObjectAsync(id, r));
        Step<AnswerObjectionRequest>(g, "answer", "答复异议（考核单位）", (s, id, r) => s.AnswerAsync(id, r));
        Step<FinalizeRequest>(g, "finalize", "确定考核结果并给出考核评语（考核单位，异议期届满后）",
            (s, id, r) => s.FinalizeAsync(id, r));
        g.MapPost("/{id:int}/evidence", async (int id, IFormFile file, HttpRequest request, AssessmentService svc) =>
        {
            _ = await svc.FindAsync(id) ?? throw new KeyNotFoundException(AssessmentService.NotFound);
            await using var content = file.OpenReadStream();
            await svc.AddEvidenceAsync(id, Field(request, "version"), Field(request, "indicatorId"),
                (file.FileName, file.ContentType ?? "", content));
            return await SheetAsync(svc, id);
        }).RequireAuthorization(Write)
            .WithSummary("上传自评佐证材料（表单字段 version、indicatorId 与文件 file，≤ 20 MB）");
        g.MapGet("/evidence/{id:int}", async (int id, AssessmentService svc) =>
            await svc.EvidenceAsync(id) is { } f
                ? Results.File(f.Content, f.ContentType, f.Name)
                : throw new KeyNotFoundException(AssessmentService.NotFound)).WithSummary("下载佐证材料");
    }

    static int Field(HttpRequest request, string name) => int.TryParse(request.Form[name], out var v) ? v
        : throw new DomainException(name, $"请提供表单字段 {name}");

    static void Step(RouteGroupBuilder g, string path, string summary,
        Func<AssessmentService, int, ScoresRequest, Task<UnitAssessment>> step) => Step<ScoresRequest>(g, path,
        summary, step);

    static void Step<T>(RouteGroupBuilder g, string path, string summary,
        Func<AssessmentService, int, T, Task<UnitAssessment>> step) =>
        g.MapPost($"/{{id:int}}/{path}", async (int id, T r, AssessmentService svc) =>
        {
            await step(svc, id, r);
            return await SheetAsync(svc, id);
        }).RequireAuthorization(Write).WithSummary(summary);

    public static async Task<ScoreSheet> LoadSheetAsync(AssessmentService svc, int id)
    {
        var a = await svc.FindAsync(id) ?? throw new KeyNotFoundException(AssessmentService.NotFound);
        return ScoreSheet.Of(a, await svc.AutoScoresAsync(a), await svc.EvidenceOfAsync(id));
    }

    static async Task<object> SheetAsync(AssessmentService svc, int id)
    {
        var sheet = await LoadSheetAsync(svc, id);
        var a = sheet.Assessment;
        return new
        {
            a.Id, a.SystemId, system = a.System?.Name, a.UnitId, unit = a.Unit?.Name, assessor = a.AssessorUnit?.Name,
            a.Year, state = a.State.ToString(), stateName = AssessmentLabels.State(a.State), a.SelfDueOn,
            a.SubmittedOn, a.ReviewedOn, a.ObjectionDueOn, a.FinalOn, a.Comment, a.Version, points = sheet.Points,
            total = sheet.Total, totalLabel = sheet.TotalLabel,
            rows = sheet.Rows.Select(r => new
            {
                indicatorId = r.Node.Indicator.Id, r.Node.Code, r.Node.Indicator.Text, points = r.Node.Points,
                leaf = r.Node.IsLeaf, method = AssessmentLabels.Method(r.Node.Indicator.Method),
                self = r.Score?.SelfScore, auto = r.Auto, autoNote = r.AutoNote, review = r.Score?.ReviewScore,
                objection = r.Score?.Objection, objectionAccepted = r.Score?.ObjectionAccepted,
                final = r.Score?.FinalScore, score = r.Current, lost = r.Lost, reasons = r.Reasons,
                evidence = r.Evidence.Select(e => new { e.Id, e.Name, e.Size, e.Sha256 }),
            }),
        };
    }

    static object Tree(IndicatorSystem s)
    {
        var tree = new IndicatorTree(s.Indicators);
        return new
        {
            s.Id, s.UnitId, unit = s.Unit?.Name, s.Year, s.Name, s.Audience, shape = tree.Shape, points = tree.Points,
            indicators = tree.All.Select(n => Node(n.Indicator, n)),
        };
    }

    static object Node(Indicator i) => Node(i, null);

    static object Node(Indicator i, IndicatorNode? n) => new
    {
        i.Id, i.ParentId, code = n?.Code, i.Text, points = n?.Points ?? i.Points, leaf = n?.IsLeaf,
        method = i.Method?.ToString(), methodName = AssessmentLabels.Method(i.Method), i.FigureKey, i.Target,
        i.PerEvent, i.Standard,
    };
}
