using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.AnnualReport;

/// <summary>年度报告: the report's paragraphs written from the figures, as text and as a .docx in 公文
/// layout.</summary>
public sealed class AnnualReportFeature : IFeature
{
    public string Area => "report";
    public string Title => "年度报告";

    public void MapApi(IEndpointRouteBuilder api) =>
        api.MapGet("/report/reconsideration-litigation", async (string unit, int year, string? format,
            FigureService figures, CancellationToken ct) =>
        {
            var scope = await figures.ScopeByCodeAsync(unit, year, ct);
            var paragraph = ReportParagraph.Write(scope, await figures.AllAsync(scope, ct));
            if (format != "docx") return Results.Ok(new { unit = scope.UnitName, year, text = paragraph });
            var title = $"{scope.UnitName}{year}年度法治政府建设情况（行政复议和行政应诉部分）";
            return Results.File(
                ReportDocx.Build(title, paragraph), ApiResults.Docx, $"{scope.UnitName}{year}年行政复议应诉情" +
                    "况.docx");
        }).WithTags(Title).WithSummary("年度报告中行政复议、" +
            "行政应诉一段的文字（format=docx 返回Word文件）");

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Statistics, Title, "/report", "ti-file-text", 20)];
}
