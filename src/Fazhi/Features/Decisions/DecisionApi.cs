using MiniExcelLibs;
using Fazhi.Kernel;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Decisions;

/// <summary>/api/decisions: yearly directories of decision matters and each decision's procedures.</summary>
public static class DecisionApi
{
    public const string Write = "decisions.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/decisions").WithTags("重大行政决策");
        g.MapGet("/directories", async (DecisionService svc) => (await svc.DirectoriesAsync()).Select(Directory))
            .WithSummary("数据权限内的年度决策事项目录");
        g.MapPost("/directories", async (CreateDirectoryRequest r, DecisionService svc) =>
            Directory(await svc.CreateDirectoryAsync(r))).RequireAuthorization(Write).WithSummary("编制年度决策事项目录");
        g.MapGet("/directories/{id:int}", async (int id, DecisionService svc) =>
            Directory(await svc.DirectoryAsync(id)
                ?? throw new KeyNotFoundException(DecisionService.DirectoryNotFound)))
            .WithSummary("决策事项目录");
        g.MapPost("/directories/{id:int}/steps", async (int id, DirectoryStepRequest r, DecisionService svc) =>
            Directory(await svc.DirectoryStepAsync(id, r))).RequireAuthorization(Write)
            .WithSummary("目录：AddItem 列入事项、RemoveItem 移出、Agree 党委同意、Publish 公布（公布后调整须说明理由）");
        g.MapGet("/", async (int? year, DecisionService svc) => (await svc.ListAsync(year)).Select(Decision))
            .WithSummary("重大行政决策（按登记或讨论年度筛选）");
        g.MapPost("/", async (RegisterDecisionRequest r, DecisionService svc) =>
        {
            var d = await svc.RegisterAsync(r);
            return Results.Created($"/api/decisions/{d.Id}", Decision(d));
        }).RequireAuthorization(Write).WithSummary("启动决策程序（可选目录事项）");
        g.MapGet("/{id:int}", async (int id, DecisionService svc) =>
        {
            var d = await svc.FindAsync(id) ?? throw new KeyNotFoundException(DecisionService.NotFound);
            var documents = (await svc.DocumentsOfAsync(id)).Select(x => new
                { procedure = x.Procedure, x.File.Id, x.File.Name, x.File.Size, x.File.Sha256, x.File.UploadedOn });
            return new { decision = Decision(d), documents };
        }).WithSummary("决策详情：各项程序的履行情况和归档材料");
        g.MapPost("/{id:int}/steps", async (int id, DecisionStepRequest r, DecisionService svc) =>
            Decision(await svc.StepAsync(id, r))).RequireAuthorization(Write)
            .WithSummary("履行程序：Participate、Hearing、Expert、Risk、Exempt*（不适用理由）、SendForLegality、" +
                "LegalityOpinion（≥7个工作日）、Deliberate、ReportToParty、ExemptPartyReport、Publish、Execute、Evaluate");
        g.MapPost("/{id:int}/documents", async (int id, IFormFile file, HttpRequest request, DecisionService svc) =>
        {
            _ = await svc.FindAsync(id) ?? throw new KeyNotFoundException(DecisionService.NotFound);
            var version = int.TryParse(request.Form["version"], out var v) ? v
                : throw new DomainException("Version", "请提供表单字段 version（记录当前版本）");
            await using var content = file.OpenReadStream();
            return Decision(await svc.AddDocumentAsync(id, version, request.Form["procedure"],
                (file.FileName, file.ContentType ?? "", content)));
        }).RequireAuthorization(Write).WithSummary("归档程序材料（表单字段 version、procedure 与文件 file，≤ 20 MB）");
        g.MapGet("/documents/{id:int}", async (int id, DecisionService svc) =>
            await svc.DocumentAsync(id) is { } f
                ? Results.File(f.Content, f.ContentType, f.Name)
                : throw new KeyNotFoundException(DecisionService.NotFound)).WithSummary("下载程序材料");
        g.MapGet("/export", async (int? year, DecisionService svc) => await ApiResults.XlsxAsync("重大行政决策台账.xlsx",
            async s => await s.SaveAsAsync((await svc.ListAsync(year)).Select(d => new Dictionary<string, object?>
            {
                ["决策事项"] = d.Title, ["决策机关"] = d.Unit?.Name, ["类别"] = DecisionLabels.Category(d.Category),
                ["承办单位"] = d.LeadUnit, ["启动日期"] = d.RegisteredOn.ToString("yyyy-MM-dd"),
                ["状态"] = DecisionLabels.State(d.State),
            }.Concat(DecisionLabels.Procedures(d).Select(p => KeyValuePair.Create(p.Name, (object?)p.Status)))
                .ToDictionary()).ToList())))
            .WithSummary("导出重大行政决策台账（Excel：每项决策一行，各程序的履行情况一列）");
    }

    static object Directory(DecisionDirectory d) => new
    {
        d.Id, d.UnitId, unit = d.Unit?.Name, d.Year, d.AgreedOn, d.PublishedOn, d.PublishedAs, d.Version,
        items = d.Items.OrderBy(i => i.Id).Select(i => new
        {
            i.Id, i.Title, category = i.Category.ToString(), categoryName = DecisionLabels.Category(i.Category),
            i.LeadUnit, i.RemovedOn,
        }),
    };

    static object Decision(MajorDecision d) => new
    {
        d.Id, d.UnitId, unit = d.Unit?.Name, d.DirectoryItemId, d.Title, category = d.Category.ToString(),
        d.LeadUnit, d.RegisteredOn, state = d.State.ToString(), stateName = DecisionLabels.State(d.State),
        procedures = DecisionLabels.Procedures(d).Select(p => new { p.Name, p.Article, p.Status, p.Settled }),
        d.CommentFrom, d.CommentTo, d.ShortenedReason, d.HearingOn, d.LegalitySentOn, d.LegalityOn, d.LegalityPassed,
        d.MeetingOn, d.Minutes, d.Dissent, d.HeadReason, d.PartyReportedOn, d.PublishedOn, d.PublicationText,
        d.EvaluatedOn, d.Evaluator, d.Version,
    };
}
