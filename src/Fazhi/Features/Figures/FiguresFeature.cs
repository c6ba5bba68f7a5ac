using System.CommandLine;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
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

    public IEnumerable<CliVerb> Verbs => [new("figures", Verify)];

    /// <summary>`fazhi figures verify [--unit CODE] [--year YYYY]`: the figures as served against a count over the
    /// records themselves; exit code 1 when any differs.</summary>
    static Command Verify(ICliHost host)
    {
        var unit = new Option<string?>("--unit") { Description = "单位代码或ID（默认单位树的根）" };
        var year = new Option<int?>("--year") { Description = "年度（默认今年）" };
        var command = new Command("verify", "核对统计指标：按单位保存的计数与逐条重新计数是否一致")
            { unit, year };
        command.SetAction((parsed, _) => host.RunAsync(async sp =>
        {
            var figures = sp.GetRequiredService<FigureService>();
            var db = sp.GetRequiredService<FazhiDb>();
            var code = parsed.GetValue(unit) ?? (await db.RootUnitIdAsync())?.ToString()
                ?? throw new ArgumentException("还没有任何单位：请先运行 fazhi demo 或导入单位");
            var scope = await figures.ScopeByCodeAsync(code,
                parsed.GetValue(year) ?? sp.GetRequiredService<TimeProvider>().GetLocalNow().Year, default);
            var differing = await figures.VerifyAsync(scope, default);
            foreach (var (served, live) in differing)
                Console.WriteLine($"不一致 {served.Key}（{served.Label}）：保存的计数 {Parts(served)}，" +
                    $"逐条计数 {Parts(live)}");
            Console.WriteLine(differing.Count == 0
                ? $"{scope.UnitName}{scope.Year}年的统计指标与逐条计数一致"
                : $"{scope.UnitName}{scope.Year}年有{differing.Count}项统计指标与逐条计数不一致");
            return differing.Count == 0 ? 0 : 1;
        }));
        return command;
    }

    static string Parts(Figure f) => f.Denominator is { } d ? $"{f.Numerator}/{d}" : $"{f.Numerator}";

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
