using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Reconsideration;

/// <summary>行政复议: what the capability adds to the application.</summary>
public sealed class ReconsiderationFeature : IFeature
{
    public string Area => "reconsideration";
    public int Order => 10;
    public string Title => "行政复议";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<ReconsiderationService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<ReconsiderationService>());
        services.AddScoped<IFigureSource, HandledReconsiderationFigures>();
        services.AddScoped<IFigureSource, RespondentReconsiderationFigures>();
        services.Configure<CorrectionRateOptions>(config.GetSection("Figures:Reconsideration"));
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => ReconsiderationModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => ReconsiderationApi.Map(api);

    public IEnumerable<DeadlineRule> DeadlineRules => CaseDeadlines.Rules;

    public IEnumerable<NavItem> Navigation =>
        [new(NavGroup.Casework, Title, "/reconsideration", "ti-scale", 10)];

    public IEnumerable<Permission> Permissions =>
        [new(ReconsiderationApi.Write, "登记、办理、导入行政复议案件", Roles.Writers)];

    public IEnumerable<CliVerb> Verbs =>
    [
        new("import",
            host => CliCommands.WithFile("reconsideration",
                "导入行政复议台账（有任何错误则整表不导入）",
            (file, _) => host.RunAsync(async sp =>
            {
                await using var input = file.OpenRead();
                var report = await CaseExchange.ImportAsync(sp, input);
                return CliCommands.Import(report.Summary, report.Errors);
            }))),
        new("export", host =>
        {
            var year = new Option<int?>("--year") { Description = "只导出该年度收到的案件" };
            return CliCommands.WithFile("reconsideration", "导出行政复议台账（Excel）", (file, parsed) =>
                host.RunAsync(sp => CliCommands.ExportAsync(file, output => CaseExchange.ExportAsync(
                    sp.GetRequiredService<ReconsiderationService>().Query(new CaseFilter(Year: parsed.GetValue(year))),
                    output))), year);
        }),
    ];

    public Task<string?> AddDemoAsync(DemoWorld world) => ReconsiderationDemo.AddAsync(world);
}
