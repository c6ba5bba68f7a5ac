using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans.Supervision;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Scheduling;

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
        services.AddScoped<MilestoneService>();
        services.AddScoped<IFigureSource, PlanFigures>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<SupervisionService>());
        services.Configure<SupervisionOptions>(config.GetSection("Plans:Supervision"));
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope)
    {
        PlanModel.Build(model, scope);
        SupervisionModel.Build(model, scope);
    }

    public IEnumerable<DeadlineRule> DeadlineRules => SupervisionDeadlines.Rules;

    public void MapApi(IEndpointRouteBuilder api)
    {
        PlanApi.Map(api);
        SupervisionApi.Map(api);
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavGroup.Advancing, "实施方案", "/plans", "ti-list-check", 10),
        new(NavGroup.Advancing, "督办", "/plans/supervision", "ti-alarm", 11),
    ];

    public IEnumerable<Permission> Permissions =>
        [new(PlanApi.Write, "导入实施方案、确认任务单位、报送任务进展（均限数据权限内的单位）", Roles.Writers)];

    public IEnumerable<CliVerb> Verbs => [new(null, PlanCommand.Build)];

    /// <summary>Every morning: 督办单 for new causes, reminders a week before targets, escalation of open notices.
    /// </summary>
    public IEnumerable<ScheduledJob> Jobs =>
    [
        new("plans.supervise", "实施方案督办与提醒", "0 0 8 * * ?",
            (sp, ct) => sp.GetRequiredService<SupervisionService>().SuperviseAndSayAsync(ct)),
    ];

    public Task<string?> AddDemoAsync(DemoWorld world) => PlanDemo.AddAsync(world);
}
