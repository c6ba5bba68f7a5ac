using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Exchange;

namespace Fazhi.Features.Rectification;

/// <summary>/api/rectification: inspections, their findings and rectification lists, and the steps of an item.
/// </summary>
public static class RectificationApi
{
    public const string Write = "rectification.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/rectification").WithTags("督察整改");
        g.MapGet("/", async (OversightService svc) => (await svc.ListAsync()).Select(o => Summary(o, svc.Today)))
            .WithSummary("督察列表：问题数、整改事项数、已销号、完成率、逾期");
        g.MapPost("/", async (CreateOversightRequest r, OversightService svc) =>
            Summary(await svc.CreateAsync(r), svc.Today)).RequireAuthorization(Write).WithSummary("登记督察");
        g.MapGet("/{id:int}", async (int id, OversightService svc) =>
            Detail(await svc.FindAsync(id) ?? throw new KeyNotFoundException(OversightService.NotFound), svc.Today))
            .WithSummary("督察详情：发现问题与整改清单");
        g.MapGet("/{id:int}/export", async (int id, OversightService svc) =>
        {
            var o = await svc.FindAsync(id) ?? throw new KeyNotFoundException(OversightService.NotFound);
            return await ApiResults.XlsxAsync("整改台账.xlsx", s => RectificationExport.WriteAsync(o, svc.Today, s));
        }).WithSummary("导出整改台账（Excel：调用者可见的整改事项）");
        g.MapPost("/{id:int}/import", async (int id, IFormFile file, HttpRequest request, OversightService svc) =>
        {
            _ = await svc.FindAsync(id) ?? throw new KeyNotFoundException(OversightService.NotFound);
            await using var content = file.OpenReadStream();
            var report = await svc.ImportListAsync(id, Version(request), content);
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(Write).WithSummary("导入整改清单（Excel 列：问题、对应督察问题、责任单位、整改时限；" +
            "表单字段 version 与文件 file；有任何错误则整表不导入）");
        g.MapPost("/{id:int}/findings", async (int id, AddFindingsRequest r, OversightService svc) =>
            Detail(await svc.AddFindingsAsync(id, r), svc.Today)).RequireAuthorization(Write)
            .WithSummary("登记督察发现的问题（每行一个）");
        g.MapPost("/{id:int}/items", async (int id, DrawUpItemsRequest r, OversightService svc) =>
            (await svc.DrawUpAsync(id, r)).Select(i => Item(i, svc.Today))).RequireAuthorization(Write)
            .WithSummary("将问题列入整改清单：交办责任单位并确定整改时限（可合并多个问题为一项）");
        g.MapGet("/items", async (bool? open, RectificationService svc) =>
            (await svc.ListAsync(open ?? false)).Select(i => Item(i, svc.Today)))
            .WithSummary("数据权限内的整改事项（open=true 仅未销号）");
        g.MapGet("/items/{id:int}", async (int id, RectificationService svc) =>
            Item(await svc.FindAsync(id) ?? throw new KeyNotFoundException(RectificationService.NotFound), svc.Today,
                await svc.EvidenceOfAsync(id))).WithSummary("整改事项详情，含佐证材料");
        Step(g, "measures", "填写整改措施和进展（责任单位）", (s, id, r) => s.RecordMeasuresAsync(id, r));
        Step(g, "submit", "申请销号（责任单位）", (s, id, r) => s.SubmitAsync(id, r));
        g.MapPost("/items/{id:int}/extend", async (int id, ExtendItemRequest r, RectificationService svc) =>
            Item(await svc.ExtendAsync(id, r), svc.Today)).RequireAuthorization(Write)
            .WithSummary("延期整改：延后整改时限并说明理由（督察单位）");
        g.MapPost("/items/{id:int}/reassign", async (int id, ReassignItemRequest r, RectificationService svc) =>
            Item(await svc.ReassignAsync(id, r), svc.Today)).RequireAuthorization(Write)
            .WithSummary("改派：交另一责任单位整改并说明理由（督察单位；责任单位尚未上传佐证材料时）");
        g.MapPost("/items/{id:int}/review", async (int id, ReviewItemRequest r, RectificationService svc) =>
            Item(await svc.ReviewAsync(id, r), svc.Today)).RequireAuthorization(Write)
            .WithSummary("审核销号：销号或退回整改（督察单位）");
        g.MapPost("/items/{id:int}/evidence", async (int id, IFormFile file, HttpRequest request,
            RectificationService svc) =>
        {
            _ = await svc.FindAsync(id) ?? throw new KeyNotFoundException(RectificationService.NotFound);
            await using var content = file.OpenReadStream();
            var item = await svc.AddEvidenceAsync(id, Version(request), (file.FileName, file.ContentType ?? "",
                content));
            return Item(item, svc.Today);
        }).RequireAuthorization(Write).WithSummary("上传整改佐证材料（表单字段 version 与文件 file，≤ 20 MB）");
        g.MapGet("/evidence/{id:int}", async (int id, RectificationService svc) =>
            await svc.EvidenceAsync(id) is { } f
                ? Results.File(f.Content, f.ContentType, f.Name)
                : throw new KeyNotFoundException(RectificationService.NotFound)).WithSummary("下载佐证材料");
    }

    static int Version(HttpRequest request) => int.TryParse(request.Form["version"], out var v) ? v
        : throw new DomainException("Version", "请提供表单字段 version（记录当前版本）");

    static void Step(RouteGroupBuilder g, string path, string summary,
        Func<RectificationService, int, ItemStepRequest, Task<RectificationItem>> step) =>
        g.MapPost($"/items/{{id:int}}/{path}", async (int id, ItemStepRequest r, RectificationService svc) =>
            Item(await step(svc, id, r), svc.Today)).RequireAuthorization(Write).WithSummary(summary);

    static object Summary(Oversight o, DateOnly today)
    {
        var closed = o.Items.Count(i => i.State == RectificationState.Closed);
        return new
        {
            o.Id, o.Title, o.Kind, unit = o.Unit?.Name, o.Scope, o.StartOn, o.EndOn, o.Inspectors, o.Version,
            findings = o.Findings.Count, items = o.Items.Count, closed,
            closedRate = new { numerator = closed, denominator = o.Items.Count,
                percent = o.Items.Count == 0 ? (decimal?)null : Math.Round(100m * closed / o.Items.Count, 2) },
            overdue = o.Items.Count(i => i.OverdueOn(today)),
        };
    }

    static object Detail(Oversight o, DateOnly today) => new
    {
        oversight = Summary(o, today),
        findingList = o.Findings.Select(f => new { f.Id, f.Number, f.Text, f.ItemId }),
        itemList = o.Items.Select(i => Item(i, today)),
    };

    static object Item(RectificationItem i, DateOnly today, List<KeptFileInfo>? evidence = null) => new
    {
        i.Id, i.OversightId, oversight = i.Oversight?.Title, i.Number, unit = i.Unit?.Name, i.UnitId, i.Problem,
        i.AssignedOn, i.DueOn, i.OriginalDueOn, state = i.State.ToString(),
        stateName = RectificationLabels.State(i, today),
        overdue = i.OverdueOn(today), i.Measures, i.MeasuresOn, i.SubmittedOn, i.ClosedOn, i.ReviewText, i.Returns,
        i.Version, evidence,
        deadline = DeadlineJson.Of(RectificationService.Deadline(i), today),
    };
}
