using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Rectification;

/// <summary>督察整改: inspections, the problems they find, and the rectification list closed item by item.</summary>
public sealed class RectificationFeature : IFeature
{
    public string Area => "rectification";
    public int Order => 65;
    public string Title => "督察整改";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<OversightService>();
        services.AddScoped<RectificationService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<RectificationService>());
        services.AddScoped<IFigureSource, RectificationFigures>();
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => RectificationModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => RectificationApi.Map(api);

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Advancing, "督察整改", "/rectification", "ti-zoom-check", 20)];

    public IEnumerable<Permission> Permissions =>
        [new(RectificationApi.Write, "登记督察和发现的问题、交办整改、填报整改措施、审核销号（均限数据权限内的单位）",
            Roles.Writers)];

    public Task<string?> AddDemoAsync(DemoWorld world) => RectificationDemo.AddAsync(world);
}
