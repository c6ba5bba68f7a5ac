using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Features.Demo;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Tests.Admin;

/// <summary>A role change or a lock ends a user's sessions and tokens at once; tokens expire and can be revoked, and
/// both are in the audit log.</summary>
public class SessionTests
{
    static async Task<string> IdOfAsync(TestApp app, string userName) =>
        await app.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    static bool SentToLogin(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/account/login");

    [Theory, BothStores]
    public async Task A_demoted_administrator_loses_the_open_session_and_the_token_at_once(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        await app.WithSystemScopeAsync(async sp =>
        {
            var county = await sp.GetRequiredService<FazhiDb>().Units.Where(u => u.DivisionCode == "149901")
                .Select(u => u.Id).SingleAsync();
            await UserSetup.CreateAsync(sp, "admin2", "副管理员", DemoCounty.Password, county, Roles.Administrator);
        });
        var session = await app.LoginAsync("admin2");
        var token = await app.ClientForAsync("admin2");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/units")).StatusCode);

        var admin = await app.LoginAsync("admin");
        var demoted = await TestApp.PostFormAsync(admin, "/admin/users",
            [new("id", await IdOfAsync(app, "admin2")), new("roles", Roles.Viewer)], handler: "Roles");
        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);

        Assert.True(SentToLogin(await session.GetAsync("/admin/users")));
        Assert.True(SentToLogin(await session.GetAsync("/reconsideration")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/units")).StatusCode);
        // Signed in again, the user has the new role only.
        var again = await app.LoginAsync("admin2");
        Assert.False((await again.GetAsync("/admin/users")).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/reconsideration")).StatusCode);
    }

    [Theory, BothStores]
    public async Task A_locked_user_is_signed_out_and_the_token_refused(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var session = await app.LoginAsync("gaj");
        var token = await app.ClientForAsync("gaj");
        var admin = await app.LoginAsync("admin");
        var locked = await TestApp.PostFormAsync(admin, "/admin/users", [new("id", await IdOfAsync(app, "gaj"))],
            handler: "Lock");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);

        Assert.True(SentToLogin(await session.GetAsync("/reconsideration")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/reconsideration")).StatusCode);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var login = await TestApp.PostFormAsync(client, "/account/login",
            new Dictionary<string, string> { ["UserName"] = "gaj", ["Password"] = DemoCounty.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode); // the form again, not a redirect into the app
    }

    [Theory, BothStores]
    public async Task A_token_stops_when_it_expires_or_is_revoked_and_both_are_audited(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("sfj", PersonalTokens.DefaultLifetime);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/units")).StatusCode);
        app.Clock.Now += PersonalTokens.DefaultLifetime + TimeSpan.FromMinutes(1);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/units")).StatusCode);

        var fresh = await app.ClientForAsync("sfj");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/units")).StatusCode);
        var revoked = await app.QueryAsync(async db => await PersonalTokens.RevokeAsync(db,
            await db.Users.SingleAsync(u => u.UserName == "sfj"), "test", app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(2, revoked); // the expired one and the fresh one
        Assert.Equal(HttpStatusCode.Unauthorized, (await fresh.GetAsync("/api/units")).StatusCode);

        var trail = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Entity == "PersonalToken").ToListAsync());
        Assert.Equal(2, trail.Count(a => a.Action == Fazhi.Kernel.Audit.AuditAction.Insert));
        Assert.Equal(2, trail.Count(a => a.Action == Fazhi.Kernel.Audit.AuditAction.Update));
        Assert.All(trail, a => Assert.DoesNotContain("UserStamp", a.After ?? ""));
    }
}
