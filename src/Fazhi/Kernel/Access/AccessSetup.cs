using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Access;

public static class AccessSetup
{
    public const string BearerScheme = "Bearer";
    public const string SmartScheme = "CookieOrBearer";
    public const string AdminPolicy = "admin";

    /// <summary>Identity, cookie-or-token sign-in, and one authorization policy per declared permission.</summary>
    public static IServiceCollection AddFazhiAccess(
        this IServiceCollection services, IEnumerable<Modules.Permission> permissions)
    {
        services.AddScoped<ScopeAccessor>();
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<FazhiDb>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrors>();
        // Every request checks the cookie's security stamp, so a role change or a lock ends the session at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "fazhi.auth";
            // The API answers 401/403 rather than redirecting to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, 401);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, 403);
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PersonalTokenHandler>(BearerScheme, null)
            .AddPolicyScheme(SmartScheme, "cookie or token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerScheme
                    : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = SmartScheme;
            o.DefaultAuthenticateScheme = SmartScheme;
            o.DefaultChallengeScheme = SmartScheme;
        });
        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Administrator));
        foreach (var permission in permissions)
            authorization.AddPolicy(permission.Policy, p => p.RequireRole(permission.Roles));
        return services;
    }

    static Task ApiAware(
        RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Resolves the caller's data scope once per request, before any query runs.</summary>
    public static IApplicationBuilder UseDataScope(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true)
        {
            var db = ctx.RequestServices.GetRequiredService<FazhiDb>();
            var id = ctx.User.FindFirstValue(ClaimTypes.NameIdentifier);
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
            if (user is not null)
                ctx.RequestServices.GetRequiredService<ScopeAccessor>().Scope =
                    await ScopeResolver.ResolveAsync(db, user);
        }
        await next();
    });
}

public class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"密码至少{length}位" };
    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "密码须包含数字" };
    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "密码须包含小写字母" };
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已存在" };
    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"用户名“{userName}”只能包含字母、" +
            "数字和 -._@+" };
}
