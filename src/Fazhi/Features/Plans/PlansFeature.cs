using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Plans;

/// <summary>实施方案与督办: plans read from their documents, tasks given to units, monthly progress.</summary>
public sealed class PlansFeature : IFeature
{
    public string Area => "plans";
    public int Order => 60;
    public string Title => "实施方案";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<PlanService>();
        services.AddScoped<ProgressService>();
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => PlanModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => PlanApi.Map(api);

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Advancing, "实施方案", "/plans", "ti-list-check", 10)];

    public IEnumerable<Permission> Permissions =>
        [new(PlanApi.Write, "导入实施方案、确认任务单位、报送任务进展（均限数据权限内的单位）", Roles.Writers)];

    public IEnumerable<CliVerb> Verbs => [new(null, PlanCommand.Build)];

    public Task<string?> AddDemoAsync(DemoWorld world) => PlanDemo.AddAsync(world);
}
