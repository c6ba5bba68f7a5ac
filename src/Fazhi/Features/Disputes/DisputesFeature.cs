using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Disputes;

/// <summary>矛盾纠纷化解: mediation organisations by level, their mediators and cases, and the 行政争议协调化解中心's
/// disputes pushed from the court or the reconsideration body.</summary>
public sealed class DisputesFeature : IFeature
{
    public string Area => "disputes";
    public int Order => 40;
    public string Title => "矛盾纠纷化解";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<DisputeService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<DisputeService>());
        services.AddScoped<IFigureSource, DisputeFigures>();
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => DisputeModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => DisputeApi.Map(api);

    public IEnumerable<DeadlineRule> DeadlineRules => DisputeDeadlines.Rules;

    public IEnumerable<NavItem> Navigation =>
        [new(NavGroup.Casework, "矛盾纠纷化解", "/disputes", "ti-heart-handshake", 40)];

    public IEnumerable<Permission> Permissions =>
        [new(DisputeApi.Write, "登记调解组织和调解员、受理和办结纠纷、记录司法确认（均限数据权限内的单位）", Roles.Writers)];

    public Task<string?> AddDemoAsync(DemoWorld world) => DisputeDemo.AddAsync(world);
}
