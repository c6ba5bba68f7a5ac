using Fazhi.Kernel.Host;

namespace Fazhi.Features.Enforcement;

/// <summary>/api/enforcement/powers: the 权责清单, in the caller's data scope.</summary>
public static class PowerApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/enforcement/powers").WithTags("行政执法");
        g.MapGet("/", async (string? search, PowerKind? kind, int? page, PowerService svc) =>
        {
            var (rows, total) = await svc.PageAsync(search, kind, page ?? 1);
            return new { total, page = page ?? 1, rows = rows.Select(Json) };
        }).WithSummary("权责清单（检索、按权力类型）");
        g.MapGet("/{id:int}", async (int id, PowerService svc) =>
            Json(await svc.FindAsync(id) ?? throw new KeyNotFoundException(PowerService.NotFound)))
            .WithSummary("权责事项详情");
        g.MapPost("/", async (RegisterPowerRequest r, PowerService svc) =>
        {
            var p = await svc.RegisterAsync(r);
            return TypedResults.Created($"/api/enforcement/powers/{p.Id}", Json(p));
        }).RequireAuthorization(OfficerApi.Write).WithSummary("登记权责事项");
        g.MapPost("/publication", async (PublishPowersRequest r, PowerService svc) =>
            new { published = await svc.PublishAsync(r) }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("登记权责清单事前公示" +
                "（该单位尚未公示的事项记为当日在该网址公示）");
        g.MapGet("/export", (string? search, PowerKind? kind, PowerService svc) =>
            ApiResults.XlsxAsync("权责清单.xlsx", s => PowerExchange.ExportAsync(svc.Query(search, kind), s)))
            .WithSummary("导出权责清单（Excel）");
        g.MapPost("/import", async (IFormFile file, IServiceProvider sp) =>
        {
            var report = await PowerExchange.ImportAsync(sp, file.OpenReadStream());
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("导入权责清单（有任何错误则整表不导入）");
    }

    static object Json(EnforcementPower p) => new
    {
        p.Id, p.UnitId, agency = p.Unit?.Name, p.Code, p.Name, kind = PowerRules.KindLabels[p.Kind], p.LegalBasis,
        p.PublishedOn, p.PublicationUrl,
    };
}
