using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.LawReports;

/// <summary>述法 and 第一责任人职责清单: the principal leaders' yearly 述法, graded, and their duty lists.</summary>
public sealed class LawReportsFeature : IFeature
{
    public string Area => "lawreports";
    public int Order => 70;
    public string Title => "述法";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<LawReportService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<LawReportService>());
        services.AddScoped<IFigureSource, LawReportFigures>();
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => LawReportModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => LawReportApi.Map(api);

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Advancing, "述法", "/lawreports", "ti-microphone", 30)];

    public IEnumerable<Permission> Permissions =>
        [new(LawReportApi.Write, "安排和评议述法、填报述法、制定职责清单（均限数据权限内的单位）", Roles.Writers)];

    public Task<string?> AddDemoAsync(DemoWorld world) => LawReportDemo.AddAsync(world);
}
