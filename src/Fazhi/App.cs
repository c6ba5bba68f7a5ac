using Microsoft.AspNetCore.DataProtection;
using Scalar.AspNetCore;
using Serilog;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.Features.Reconsideration;
using Fazhi.Features.Litigation;

namespace Fazhi;

/// <summary>Composition of the web application: kernel services, capabilities, pages and the JSON API.</summary>
public static class App
{
    /// <summary>contentRoot: the CLI passes the build output folder, so `fazhi serve` works from any working directory.</summary>
    public static WebApplication Build(string[] args, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        builder.Host.UseSerilog((ctx, lc) => lc.ReadFrom.Configuration(ctx.Configuration).WriteTo.Console());
        AddServices(builder.Services, builder.Configuration);
        // Enums travel by name ("Penalty", "Annul"), as the OpenAPI document lists them.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // Chinese text is written as characters, not as &#x...; entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "法治 Fazhi API";
            doc.Info.Description = "以 Cookie 登录或 `Authorization: Bearer <个人令牌>` 调用；所有结果限定在调用者的数据权限范围内。";
            return Task.CompletedTask;
        }));
        builder.Services.AddDataProtection().PersistKeysToDbContext<FazhiDb>();

        var app = builder.Build();
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseDataScope();
        app.Use(async (ctx, next) =>
        {
            await ctx.RequestServices.GetRequiredService<HolidaySync>().SyncAsync(ctx.RequestServices.GetRequiredService<FazhiDb>());
            await next();
        });
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithOpenApiRoutePattern("/api/openapi/{documentName}.json").WithTitle("法治 Fazhi API")).AllowAnonymous();
        Api.Map(app);
        return app;
    }

    /// <summary>Services shared by the web application and the CLI verbs.</summary>
    public static void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddFazhiStorage(config);
        services.AddFazhiAccess();
        services.AddSingleton(_ => WorkingCalendar.FromEmbeddedData());
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton<HolidaySync>();
        services.AddScoped<FigureService>();
        services.AddScoped<IFigureSource, ReconsiderationFigures>();
        services.AddScoped<IFigureSource, LitigationFigures>();
        services.Configure<CorrectionRateOptions>(config.GetSection("Figures:Reconsideration"));
        services.Configure<LitigationRateOptions>(config.GetSection("Figures:Litigation"));
        services.AddScoped<ReconsiderationService>();
        services.AddScoped<LitigationService>();
        services.AddSingleton(TimeProvider.System);
    }
}
