using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Host;

/// <summary>The `fazhi` command: serve and migrate are the host's; every other verb comes from a feature. Verbs run
/// with the system's data scope, as the actor "cli".</summary>
public static class CommandLine
{
    static readonly Dictionary<string, string> Groups = new()
    {
        ["import"] = "从 Excel 导入（有任何错误则整表不导入）", ["export"] = "导出为 Excel",
        ["admin"] = "管理员账号", ["token"] = "个人API令牌", ["audit"] = "审计日志",
    };

    public static async Task<int> RunAsync(string[] args)
    {
        // Host options ("--urls=…", "--contentRoot=…", as a test host passes them) also mean "serve".
        if (args.Length == 0 || args[0].StartsWith("--") && args[0] is not ("--help" or "-h"))
            return await ServeAsync(args);
        // Errors a user can act on are printed as one line; anything else keeps its stack trace.
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try { return await Root().Parse(args).InvokeAsync(invocation); }
        catch (Exception e) when (e is DomainException or FormatException or KeyNotFoundException or ArgumentException
                                      or IOException)
        {
            Console.Error.WriteLine($"错误：{e.Message}");
            return 1;
        }
    }

    static RootCommand Root()
    {
        var root = new RootCommand("法治政府建设管理平台。" +
            "不带命令时运行网站（http://127.0.0.1:5000）。");
        var host = new VerbHost();
        var demo = new Option<bool>("--demo") { Description = "空库时生成演示县" };
        var urls = new Option<string>("--urls")
        {
            Description = "监听地址", DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var serve = new Command("serve", "运行网站") { demo, urls };
        serve.TreatUnmatchedTokensAsErrors = false;
        serve.SetAction((parsed, _) => ServeAsync([.. parsed.UnmatchedTokens, "--urls", parsed.GetValue(urls)!,
            .. parsed.GetValue(demo) ? ["--demo"] : Array.Empty<string>()]));
        var migrate = new Command("migrate", "创建或升级数据库结构");
        migrate.SetAction((_, _) => host.RunAsync(_ =>
        {
            Console.WriteLine("数据库结构已就绪");
            return Task.FromResult(0);
        }));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(migrate);
        foreach (var verb in FeatureCatalog.All.SelectMany(f => f.Verbs))
        {
            var command = verb.Build(host);
            if (verb.Parent is null) { root.Subcommands.Add(command); continue; }
            var parent = root.Subcommands.FirstOrDefault(c => c.Name == verb.Parent);
            if (parent is null)
                root.Subcommands.Add(parent = new Command(verb.Parent, Groups.GetValueOrDefault(verb.Parent)));
            parent.Subcommands.Add(command);
        }
        return root;
    }

    /// <summary>Each verb gets its own service provider and scope, the schema migrated first.</summary>
    sealed class VerbHost : ICliHost
    {
        public async Task<int> RunAsync(Func<IServiceProvider, Task<int>> work)
        {
            var config = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true)
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables().Build();
            await using var provider = FazhiHost.BuildServiceProvider(config);
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ScopeAccessor>().Scope = DataScope.System("cli");
            await StorageSetup.EnsureSchemaAsync(scope.ServiceProvider.GetRequiredService<FazhiDb>());
            var key = provider.GetRequiredService<Audit.AuditKey>();
            if (key.Created) Console.Error.WriteLine(KeyProtection.NewAuditKeyWarning(key));
            return await work(scope.ServiceProvider);
        }
    }

    static async Task<int> ServeAsync(string[] args)
    {
        var urls = args.SkipWhile(a => a != "--urls").Skip(1).FirstOrDefault() ?? "http://127.0.0.1:5000";
        var hostArgs = args.Where(a => a.StartsWith("--") && a.Contains('=')).ToArray();
        var ownContentRoot = hostArgs.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        var app = FazhiHost.Build(["--urls", urls, .. hostArgs], ownContentRoot ? null : AppContext.BaseDirectory);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            sp.GetRequiredService<ScopeAccessor>().Scope = DataScope.System("startup");
            var db = sp.GetRequiredService<FazhiDb>();
            await StorageSetup.EnsureSchemaAsync(db);
            await app.Services.GetRequiredService<HolidaySync>().SyncAsync(db, force: true);
            if (args.Contains("--demo") && !await db.Units.AnyAsync())
            {
                var demo = FeatureCatalog.All.OfType<IDemoBuilder>().Single();
                Console.WriteLine(await demo.BuildAsync(sp));
            }
        }
        await app.RunAsync();
        return 0;
    }
}
