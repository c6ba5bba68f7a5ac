using Fazhi.Kernel.Access;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Features.Enforcement.FileReviews;
using Fazhi.Features.Enforcement.Inspections;

namespace Fazhi.Features.Enforcement;

/// <summary>行政执法: the 权责清单, the officers of each agency (身份证号 checked and masked, 执法证
/// validity, yearly training), cases — penalties, licences, coercive measures, inspections — with the
/// 三项制度 and the statutory periods of 行政处罚 and of publishing enforcement decisions, and
/// 双随机、一公开 (a registry of inspection objects, plans drawn reproducibly, results published).</summary>
public sealed class EnforcementFeature : IFeature
{
    public string Area => "enforcement";
    public string Title => "行政执法";
    public int Order => 30;

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<OfficerService>();
        services.AddScoped<PowerService>();
        services.AddScoped<IFigureSource, EnforcementFigures>();
        services.AddScoped<IFigureSource, PowerFigures>();
        services.AddScoped<CaseService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<CaseService>());
        services.AddScoped<IFigureSource, CaseFigures>();
        services.AddScoped<ReviewService>();
        services.AddScoped<IFigureSource, ReviewFigures>();
        services.AddScoped<ObjectService>();
        services.AddScoped<InspectionService>();
        services.AddScoped<IDueSource>(sp => sp.GetRequiredService<InspectionService>());
        services.AddScoped<IFigureSource, InspectionFigures>();
    }

    public void BuildModel(Microsoft.EntityFrameworkCore.ModelBuilder model, ScopeFilters scope) =>
        EnforcementModel.Build(model, scope);

    public void MapApi(IEndpointRouteBuilder api)
    {
        OfficerApi.Map(api);
        PowerApi.Map(api);
        CaseApi.Map(api);
        ReviewApi.Map(api);
        InspectionApi.Map(api);
    }

    public IEnumerable<DeadlineRule> DeadlineRules => EnforcementDeadlines.Rules;

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavGroup.Casework, "权责清单", "/enforcement/powers", "ti-list-details", 30),
        new(NavGroup.Casework, "执法人员", "/enforcement/officers", "ti-id-badge-2", 31),
        new(NavGroup.Casework, "执法案件", "/enforcement/cases", "ti-gavel", 32),
        new(NavGroup.Casework, "检查对象", "/enforcement/inspection-objects", "ti-building-store", 33),
        new(NavGroup.Casework, "双随机抽查", "/enforcement/inspections", "ti-arrows-shuffle", 34),
        new(NavGroup.Casework, "案卷评查", "/enforcement/review-campaigns", "ti-checklist", 35),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(OfficerApi.Write, "登记、维护行政执法人员", Roles.Writers),
        new(OfficerApi.Identity, "查看执法人员完整身份证号", [Roles.Administrator, Roles.Coordinator]),
    ];

    public IEnumerable<CliVerb> Verbs =>
    [
        Import("officers", "导入执法人员台账（有任何错误则整表不导入）",
            OfficerExchange.ImportAsync),
        Import("powers", "导入权责清单（有任何错误则整表不导入）", PowerExchange.ImportAsync),
        Import("enforcement-cases",
            "导入行政执法立案台账（办理中的案件；有任何错误则整表不导入）",
            CaseImport.ImportAsync),
        Import("inspection-objects", "导入检查对象名录库（有任何错误则整表不导入）",
            ObjectExchange.ImportAsync),
        Export("officers", "导出执法人员台账（Excel，身份证号脱敏）",
            (sp, output) => OfficerExchange.ExportAsync(
                sp.GetRequiredService<OfficerService>().Query(null, false), output)),
        Export("powers", "导出权责清单（Excel）", (sp, output) => PowerExchange.ExportAsync(
            sp.GetRequiredService<PowerService>().Query(null, null), output)),
        Export("inspection-objects", "导出检查对象名录库（Excel）",
            (sp, output) => ObjectExchange.ExportAsync(
                sp.GetRequiredService<ObjectService>().Query(new ObjectFilter()), output)),
        Export("enforcement-cases", "导出行政执法案件台账（Excel）", async (sp, output) => await CaseExport.WriteAsync(
            await sp.GetRequiredService<CaseService>().QueryAsync(new CaseFilter()), output)),
    ];

    static CliVerb Import(string name, string description,
        Func<IServiceProvider, Stream, CancellationToken, Task<ImportResult>> import) =>
        new("import", host => CliCommands.WithFile(name, description, (file, _) => host.RunAsync(async sp =>
        {
            await using var input = file.OpenRead();
            var report = await import(sp, input, default);
            return CliCommands.Import(report.Summary, report.Errors);
        })));

    static CliVerb Export(string name, string description, Func<IServiceProvider, Stream, Task> write) =>
        new("export", host => CliCommands.WithFile(name, description, (file, _) =>
            host.RunAsync(sp => CliCommands.ExportAsync(file, output => write(sp, output)))));

    public Task<string?> AddDemoAsync(DemoWorld world) => EnforcementDemo.AddAsync(world);
}
