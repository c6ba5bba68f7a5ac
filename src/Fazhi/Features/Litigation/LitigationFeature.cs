using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Litigation;

/// <summary>行政应诉: what the capability adds to the application.</summary>
public sealed class LitigationFeature : IFeature
{
    public string Area => "litigation";
    public int Order => 20;
    public string Title => "行政应诉";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<LitigationService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<LitigationService>());
        services.AddScoped<IFigureSource, LitigationFigures>();
        services.Configure<LitigationRateOptions>(config.GetSection("Figures:Litigation"));
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => LitigationModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => LitigationApi.Map(api);

    public IEnumerable<DeadlineRule> DeadlineRules => LitigationDeadlines.Rules;

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Casework, Title, "/litigation", "ti-building-bank", 20)];

    public IEnumerable<Permission> Permissions
        => [new(LitigationApi.Write, "登记、办理行政应诉案件", Roles.Writers)];

    public Task<string?> AddDemoAsync(DemoWorld world) => LitigationDemo.AddAsync(world);
}
