using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Figures;

/// <summary>统计指标: every feature's figures for a unit's subtree and a year, each clicking through to its
/// records.</summary>
public sealed class FiguresFeature : IFeature
{
    public string Area => "figures";
    public string Title => "统计指标";

    public void MapApi(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/figures").WithTags(Title);
        g.MapGet("/", async (string unit, int year, FigureService figures, CancellationToken ct) =>
        {
            var scope = await figures.ScopeByCodeAsync(unit, year, ct);
            var list = await figures.AllAsync(scope, ct);
            return new { unit = scope.UnitName, year, figures = list.Select(Json) };
        }).WithSummary("某单位（含下级）某年度的全部统计指标，含分子、" +
            "分母及其案件清单链接");
        g.MapGet("/records", async (string key, string? part, string unit, int year, int? page, FigureService figures,
            CancellationToken ct) =>
        {
            var scope = await figures.ScopeByCodeAsync(unit, year, ct);
            var p = Enum.TryParse<FigurePart>(part, true, out var fp) ? fp : FigurePart.Records;
            return await figures.SourceOf(key).ListAsync(key, p, scope, page ?? 1, ct);
        }).WithSummary("某项指标（或其分子、分母）计入的全部案件");
    }

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Statistics, Title, "/figures", "ti-chart-bar", 10)];

    /// <summary>A figure as the API and the figures page's chart read it.</summary>
    public static object Json(Figure f) => new
    {
        key = f.Key, label = f.Label, value = f.Value, numerator = f.Numerator, denominator = f.Denominator,
        unit = f.Unit, definition = f.Definition, display = f.Display, recordsUrl = "/api" + f.RecordsUrl,
        numeratorUrl = f.NumeratorUrl is null ? null : "/api" + f.NumeratorUrl,
        denominatorUrl = f.DenominatorUrl is null ? null : "/api" + f.DenominatorUrl,
    };
}
