using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Features.Demo;
using Fazhi.Features.Reconsideration;

namespace Fazhi;

/// <summary>The `fazhi` verbs. Each runs with the system scope, as the named actor "cli".</summary>
public static class Cli
{
    const string Usage = """
        用法: fazhi <命令> [参数]
          serve [--demo] [--urls URL]        运行网站（默认 http://127.0.0.1:5000）；--demo 在空库时生成演示数据
          migrate                            创建或升级数据库结构
          demo [--reset]                     生成演示县的单位、用户和一年的案件
          admin create --user 名 --password 密码 [--unit 单位ID]   创建系统管理员
          token create --user 名 [--name 说明]                     生成个人API令牌（只显示一次）
          deadline 规则键 起算日期 [--pause 起:止]...                计算期限并说明计算过程
          audit verify                       校验审计日志哈希链
          import reconsideration 文件.xlsx   导入行政复议台账（有任何错误则整表不导入）
          export reconsideration 文件.xlsx [--year 年]              导出行政复议案件
          import units 文件.xlsx / export units 文件.xlsx            导入、导出单位树
          review 报告… [--format markdown|json|xlsx] [--out 文件]    评议法治政府建设年度报告（.txt/.html/.docx）
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        // Host options ("--urls=…", "--contentRoot=…", as a test host passes them) also mean "serve".
        var verb = args.Length == 0 || args[0].StartsWith("--") ? "serve" : args[0];
        if (args.FirstOrDefault() == "serve") args = args[1..];
        try
        {
            switch (verb)
            {
                case "serve": return await ServeAsync(args);
                case "deadline": return Deadline(args[1..]);
                case "review": return await Features.Review.ReviewCommand.RunAsync(args[1..]);
                case "help" or "--help" or "-h": Console.WriteLine(Usage); return 0;
            }
            await using var services = BuildServices(args[1..]);
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            sp.GetRequiredService<ScopeAccessor>().Scope = DataScope.System("cli");
            var db = sp.GetRequiredService<FazhiDb>();
            await StorageSetup.EnsureSchemaAsync(db);
            switch (verb, args.ElementAtOrDefault(1))
            {
                case ("migrate", _): Console.WriteLine("数据库结构已就绪"); return 0;
                case ("demo", _):
                    if (await DemoCounty.ExistsAsync(db) && !args.Contains("--reset")) { Console.WriteLine("数据库中已有数据；如需重建请加 --reset"); return 1; }
                    Console.WriteLine(await DemoCounty.BuildAsync(sp, reset: args.Contains("--reset")));
                    return 0;
                case ("admin", "create"): return await CreateAdminAsync(sp, Option(args, "--user"), Option(args, "--password"), Option(args, "--unit"));
                case ("token", "create"): return await CreateTokenAsync(db, Option(args, "--user"), Option(args, "--name") ?? "命令行创建");
                case ("audit", "verify"):
                    var broken = await AuditChain.VerifyAsync(db);
                    Console.WriteLine(broken ?? $"审计日志完整：共{await db.AuditEntries.CountAsync()}条，哈希链校验通过");
                    return broken is null ? 0 : 3;
                case ("import", "reconsideration"):
                    var report = await CaseExchange.ImportAsync(sp, File.OpenRead(Required(args, 2, "文件")));
                    return PrintImport(report.Summary, report.Errors);
                case ("import", "units"):
                    var units = await UnitExchange.ImportAsync(db, File.OpenRead(Required(args, 2, "文件")));
                    return PrintImport(units.Summary, units.Errors);
                case ("export", "units"):
                    await using (var file = File.Create(Required(args, 2, "文件"))) await UnitExchange.ExportAsync(db, file);
                    Console.WriteLine($"已导出到 {args[2]}");
                    return 0;
                case ("export", "reconsideration"):
                    var year = Option(args, "--year") is { } y ? int.Parse(y) : (int?)null;
                    await using (var file = File.Create(Required(args, 2, "文件")))
                        await CaseExchange.ExportAsync(sp.GetRequiredService<ReconsiderationService>().Query(new CaseFilter(Year: year)), file);
                    Console.WriteLine($"已导出到 {args[2]}");
                    return 0;
            }
            Console.Error.WriteLine($"未知命令：{string.Join(' ', args)}\n{Usage}");
            return 2;
        }
        catch (Exception e) when (e is DomainException or FormatException or KeyNotFoundException or ArgumentException or IOException)
        {
            Console.Error.WriteLine($"错误：{e.Message}");
            return 1;
        }
    }

    static ServiceProvider BuildServices(string[] args)
    {
        var config = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables().AddCommandLine(args.Where(a => a.StartsWith("--") && a.Contains('=')).ToArray()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging();
        services.AddDataProtection();
        App.AddServices(services, config);
        return services.BuildServiceProvider();
    }

    static async Task<int> ServeAsync(string[] args)
    {
        var urls = Option(args, "--urls") ?? "http://127.0.0.1:5000";
        var app = App.Build(["--urls", urls, .. args.Where(a => a.StartsWith("--") && a.Contains('='))],
            args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ScopeAccessor>().Scope = DataScope.System("startup");
            var db = scope.ServiceProvider.GetRequiredService<FazhiDb>();
            await StorageSetup.EnsureSchemaAsync(db);
            await app.Services.GetRequiredService<HolidaySync>().SyncAsync(db, force: true);
            if (args.Contains("--demo") && !await DemoCounty.ExistsAsync(db)) Console.WriteLine(await DemoCounty.BuildAsync(scope.ServiceProvider, reset: false));
        }
        await app.RunAsync();
        return 0;
    }

    static int Deadline(string[] args)
    {
        if (args.Length < 2 || !DateOnly.TryParse(args[1], out var start))
        {
            Console.Error.WriteLine("用法: fazhi deadline 规则键 起算日期(yyyy-MM-dd) [--pause 起:止]\n可用规则:");
            foreach (var r in DeadlineRules.All) Console.Error.WriteLine($"  {r.Key,-50} {r.Label}，{r.LengthText}，{r.LegalBasis}");
            return 2;
        }
        var pauses = new List<Pause>();
        for (var i = 2; i < args.Length - 1; i++)
            if (args[i] == "--pause" && args[i + 1].Split(':') is [var f, var t]) pauses.Add(new Pause(DateOnly.Parse(f), DateOnly.Parse(t), "中止"));
        var result = new DeadlineCalculator(WorkingCalendar.FromEmbeddedData()).Compute(DeadlineRules.Get(args[0]), start, pauses);
        Console.WriteLine($"{result.Rule.Label}：{result.Due:yyyy-MM-dd}{(result.Provisional ? "（暂定）" : "")}");
        foreach (var s in result.Steps) Console.WriteLine("  " + s);
        return 0;
    }

    static async Task<int> CreateAdminAsync(IServiceProvider sp, string? user, string? password, string? unit)
    {
        if (user is null || password is null) throw new ArgumentException("请用 --user 和 --password 指定用户名和密码");
        var db = sp.GetRequiredService<FazhiDb>();
        await UserSetup.EnsureRolesAsync(sp);
        var unitId = unit is not null ? int.Parse(unit) : await db.Units.Where(u => u.ParentId == null).Select(u => (int?)u.Id).FirstOrDefaultAsync()
                     ?? throw new ArgumentException("还没有任何单位：请先运行 fazhi demo 或导入单位");
        await UserSetup.CreateAsync(sp, user, user, password, unitId, Roles.Administrator);
        Console.WriteLine($"已创建系统管理员 {user}");
        return 0;
    }

    static async Task<int> CreateTokenAsync(FazhiDb db, string? userName, string name)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName) ?? throw new ArgumentException($"用户“{userName}”不存在");
        Console.WriteLine(await AccessSetup.CreateTokenAsync(db, user, name));
        return 0;
    }

    static int PrintImport(string summary, IReadOnlyList<Fazhi.Kernel.Exchange.RowError> errors)
    {
        Console.WriteLine(summary);
        foreach (var e in errors) Console.WriteLine($"  第{e.Row}行 {e.Column}：{e.Message}");
        return errors.Count == 0 ? 0 : 4;
    }

    static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    static string Required(string[] args, int i, string what) => args.ElementAtOrDefault(i) ?? throw new ArgumentException($"缺少参数：{what}");
}
