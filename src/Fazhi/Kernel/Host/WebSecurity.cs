using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Fazhi.Kernel.Host;

/// <summary>What every response and the sign-in carry against browser-side attacks: security headers, and a limit
/// on sign-in attempts per client address.</summary>
public static class WebSecurity
{
    /// <summary>The rate-limiting policy the sign-in form names.</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>Sign-in posts per address and minute (Security:SignInAttemptsPerMinute), beyond which the answer is
    /// 429.</summary>
    public static IServiceCollection AddSignInLimit(this IServiceCollection services, IConfiguration config)
    {
        var perMinute = config.GetValue("Security:SignInAttemptsPerMinute", 10);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync("登录尝试过于频繁，请一分钟后再试", ct);
            };
            // Only the posts count: showing the form is free.
            o.AddPolicy(SignInPolicy, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1),
                    })
                : RateLimitPartition.GetNoLimiter("form"));
        });
    }

    /// <summary>Behind a reverse proxy that ends TLS, the addresses in Proxy:KnownProxies are trusted for
    /// X-Forwarded-Proto and -For: the app then knows the request came over HTTPS (Secure cookies, HSTS) and limits
    /// sign-ins per client, not per proxy. Without the setting, no forwarded header is believed.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IConfiguration config)
    {
        var proxies = config.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
        if (proxies.Length == 0) return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                : throw new InvalidOperationException($"Proxy:KnownProxies 中的“{proxy}”不是IP地址"));
        return app.UseForwardedHeaders(options);
    }

    /// <summary>The app's own pages load scripts, styles and fonts from itself only and are never framed; the API
    /// reference (Scalar's page) keeps its own rules.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var headers = ctx.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        if (!ctx.Request.Path.StartsWithSegments("/api/docs"))
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; " +
                "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
                "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        await next();
    });
}
