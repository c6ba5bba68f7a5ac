using Microsoft.AspNetCore.DataProtection;
using Serilog;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Notifications;
using Fazhi.Kernel.Scheduling;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Kernel.Host;

/// <summary>Composition of the web application: the kernel's services, then whatever each feature declares.</summary>
public static class FazhiHost
{
    /// <summary>contentRoot: the CLI passes the build output folder, so `fazhi serve` works from any
    /// directory.</summary>
    public static WebApplication Build(string[] args, string? contentRoot = null)
    {
        // The application name finds the compiled pages in this assembly even when another program hosts it (bench).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ContentRootPath = contentRoot, ApplicationName = typeof(FazhiHost).Assembly.GetName().Name,
        });
        builder.Host.UseSerilog((ctx, lc) => lc.ReadFrom.Configuration(ctx.Configuration).WriteTo.Console());
        AddServices(builder.Services, builder.Configuration);
        // Enums travel by name ("Penalty", "Annul"), as the OpenAPI document lists them.
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // Chinese text is written as characters, not as &#x...; entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings =
            new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o =>
            {
                o.Filters.Add<DomainErrorPageFilter>();
                o.Filters.Add<UnknownHandlerPageFilter>();
            });
        builder.Services.AddScoped<Shell>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "法治 Fazhi API";
            doc.Info.Description = "以 Cookie 登录或 `Authorization: Bearer <个人令牌>` 调用；" +
                "所有结果限定在调用者的数据权限范围内。";
            return Task.CompletedTask;
        }));
        builder.Services.AddDataProtection().PersistKeysToDbContext<FazhiDb>()
            .ProtectKeysWithConfiguredCertificate(builder.Configuration);
        builder.Services.AddSignInLimit(builder.Configuration);
        builder.Services.AddFazhiScheduling(builder.Configuration);

        var app = builder.Build();
        KeyProtection.WarnAtStart(app);
        app.UseTrustedProxies(app.Configuration);
        app.UseSerilogRequestLogging();
        app.UseSecurityHeaders();
        app.UseUploadLimitAnswer();
        if (!app.Environment.IsDevelopment()) app.UseHsts(); // sent on HTTPS responses only
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseDataScope();
        app.Use(async (ctx, next) =>
        {
            var sync = ctx.RequestServices.GetRequiredService<HolidaySync>();
            await sync.SyncAsync(ctx.RequestServices.GetRequiredService<FazhiDb>());
            await next();
        });
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapRazorPages();
        var api = app.MapGroup("/api").AddEndpointFilter(ApiResults.MapErrors)
            .AddEndpointFilter(ApiResults.RequireAntiforgeryForCookies).DisableAntiforgery();
        foreach (var feature in FeatureCatalog.All) feature.MapApi(api);
        return app;
    }

    /// <summary>The services without a web host, for the CLI verbs and the benchmark.</summary>
    public static ServiceProvider BuildServiceProvider(IConfiguration config)
    {
        var services = new ServiceCollection();
        services.AddSingleton(config);
        services.AddLogging();
        services.AddDataProtection();
        AddServices(services, config);
        return services.BuildServiceProvider();
    }

    /// <summary>Services shared by the web application, the CLI verbs and the benchmark.</summary>
    public static void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddFazhiStorage(config);
        services.AddFazhiAccess(FeatureCatalog.Permissions);
        services.AddSingleton(_ => WorkingCalendar.FromEmbeddedData());
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton<HolidaySync>();
        services.AddSingleton<Exchange.PdfPrinter>();
        services.AddScoped<FigureService>();
        services.AddFazhiNotifications(config);
        services.AddScoped<CaseWorkflow>();
        services.AddSingleton(TimeProvider.System);
        foreach (var feature in FeatureCatalog.All) feature.AddServices(services, config);
    }
}
