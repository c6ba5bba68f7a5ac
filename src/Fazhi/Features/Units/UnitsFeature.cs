using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Units;

/// <summary>单位: the unit tree's pages, API and Excel exchange (the tree itself is the kernel's).</summary>
public sealed class UnitsFeature : IFeature
{
    public string Area => "units";
    public string Title => "单位";

    public void MapApi(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/units").WithTags(Title);
        g.MapGet("/", async (FazhiDb db) => await db.Units.AsNoTracking().OrderBy(u => u.Path).ThenBy(u => u.SortOrder)
            .Select(u => new
            {
                u.Id, u.Name, kind = u.Kind.ToString(), u.DivisionCode, u.CreditCode, u.ParentId, u.Path,
            }).ToListAsync()).WithSummary("单位树（按物化路径排序）");
        g.MapGet("/export", (FazhiDb db) => ApiResults.XlsxAsync("单位.xlsx", s => UnitExchange.ExportAsync(db, s)))
            .WithSummary("导出单位树（Excel）");
        g.MapPost("/import", async (IFormFile file, FazhiDb db) =>
        {
            var report = await UnitExchange.ImportAsync(db, file.OpenReadStream());
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(AccessSetup.AdminPolicy)
            .WithSummary("导入单位（有任何错误则整表不导入）");
    }

    public IEnumerable<NavItem> Navigation => [new(NavGroup.System, "单位树", "/units", "ti-sitemap", 10)];

    public IEnumerable<CliVerb> Verbs =>
    [
        new("import",
            host => CliCommands.WithFile("units", "导入单位树（有任何错误则整表不导入）", (file, _) =>
            host.RunAsync(async sp =>
            {
                await using var input = file.OpenRead();
                var report = await UnitExchange.ImportAsync(sp.GetRequiredService<FazhiDb>(), input);
                return CliCommands.Import(report.Summary, report.Errors);
            }))),
        new("export", host => CliCommands.WithFile("units", "导出单位树（Excel）", (file, _) =>
            host.RunAsync(sp => CliCommands.ExportAsync(file,
                output => UnitExchange.ExportAsync(sp.GetRequiredService<FazhiDb>(), output))))),
    ];
}
