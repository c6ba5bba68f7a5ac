using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Scheduling;

namespace Fazhi.Features.Normative;

/// <summary>行政规范性文件: drafting with 合法性审核 and 公平竞争审查, 三统一 (the platform registers, numbers and
/// issues), filing with the government above and its review, validity and evaluation, cleanup campaigns, and the
/// public library searched by full text.</summary>
public sealed class NormativeFeature : IFeature
{
    public string Area => "normative";
    public int Order => 36;
    public string Title => "行政规范性文件";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.Configure<NormativeOptions>(config.GetSection("Normative"));
        services.AddScoped<NormativeService>();
        services.AddScoped<NormativeLibrary>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<NormativeService>());
        services.AddScoped<IFigureSource, NormativeFigures>();
    }

    public void BuildModel(ModelBuilder model, ScopeFilters scope) => NormativeModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api) => NormativeApi.Map(api);

    public IEnumerable<DeadlineRule> DeadlineRules => [NormativeRules.Filing];

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavGroup.Casework, "行政规范性文件", "/normative", "ti-file-certificate", 39),
        new(NavGroup.Casework, "规范性文件库", "/library", "ti-books", 39),
    ];

    public IEnumerable<Permission> Permissions =>
        [new(NormativeApi.Write, "登记和办理规范性文件的制定、备案、评估和清理（均限数据权限内的制定机关）", Roles.Writers)];

    public IEnumerable<ScheduledJob> Jobs =>
    [
        new("normative.lapse", "规范性文件有效期届满失效", "0 5 0 * * ?",
            (sp, ct) => sp.GetRequiredService<NormativeService>().LapseAsync(ct)),
    ];

    public Task<string?> AddDemoAsync(DemoWorld world) => NormativeDemo.AddAsync(world);
}
