using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Decisions;

/// <summary>重大行政决策: yearly directories of decision matters, and each decision through the procedures of
/// 国务院令第713号 to publication, execution and evaluation.</summary>
public sealed class DecisionsFeature : IFeature
{
    public string Area => "decisions";
    public int Order => 35;
    public string Title => "重大行政决策";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<DecisionService>();
        services.AddScoped<IFigureSource, DecisionFigures>();
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => DecisionModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => DecisionApi.Map(api);

    public IEnumerable<DeadlineRule> DeadlineRules => [DecisionRules.LegalityReview];

    public IEnumerable<NavItem> Navigation =>
        [new(NavGroup.Casework, "重大行政决策", "/decisions", "ti-building-community", 38)];

    public IEnumerable<Permission> Permissions =>
        [new(DecisionApi.Write, "编制和调整决策事项目录、启动决策程序并记录各项程序（均限数据权限内的决策机关）", Roles.Writers)];

    public Task<string?> AddDemoAsync(DemoWorld world) => DecisionDemo.AddAsync(world);
}
