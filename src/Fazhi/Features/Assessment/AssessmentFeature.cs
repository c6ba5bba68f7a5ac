using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Assessment;

/// <summary>考核: indicator systems of any depth, versioned per year, and each unit's yearly assessment on one —
/// self-assessment with evidence, review (figure leaves scored from the records), objection, final scores, ranking.
/// </summary>
public sealed class AssessmentFeature : IFeature
{
    public string Area => "assessment";
    public int Order => 75;
    public string Title => "考核";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<IndicatorService>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<AssessmentService>());
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => AssessmentModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => AssessmentApi.Map(api);

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Advancing, "考核", "/assessment", "ti-list-check", 40)];

    public IEnumerable<Permission> Permissions =>
        [new(AssessmentApi.Write, "制定指标体系、启动考核、自评、复核、答复异议和确定结果（均限数据权限内的单位）",
            Roles.Writers)];

    public Task<string?> AddDemoAsync(DemoWorld world) => AssessmentDemo.AddAsync(world);
}
