using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.AnnualReport;

/// <summary>年度报告: each government's and department's 法治政府建设年度报告, drafted from the figures with every number
/// linked to its records, edited in the browser, exported as .docx in 公文 layout and as HTML, submitted by its
/// deadline and published; and the reconsideration-and-litigation paragraph on its own.</summary>
public sealed class AnnualReportFeature : IFeature
{
    public string Area => "report";
    public string Title => "年度报告";
    public int Order => 200; // its demo drafts from every other feature's records

    public void AddServices(IServiceCollection services, IConfiguration config) =>
        services.AddScoped<YearReportService>();

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => YearReportModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api)
    {
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
        YearReportApi.Map(api);
    }

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Statistics, Title, "/report", "ti-file-text", 20)];

    public Task<string?> AddDemoAsync(DemoWorld world) => ReportDemo.AddAsync(world);

    public IEnumerable<Permission> Permissions =>
        [new(YearReportApi.Write, "起草、修改、报送年度报告并登记公开（限数据权限内的单位）", Roles.Writers)];
}
