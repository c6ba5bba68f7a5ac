using Fazhi.Features.Account;
using Fazhi.Features.Reconsideration;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Tests.Admin;

public class AdministrationTests
{
    [Theory, BothStores]
    public async Task An_administrator_creates_a_clerk_who_then_sees_only_their_unit_and_the_change_is_audited(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var admin = await app.LoginAsync("admin");
        var market = await app.QueryAsync(db =>
            db.Units.Where(u => u.Name == "清河县市场监督管理局").Select(u => u.Id).SingleAsync());
        var created = await TestApp.PostFormAsync(admin, "/admin/users", new Dictionary<string, string>
        {
            ["userName"] = "newclerk", ["displayName"] = "新经办人", ["unitId"] = market.ToString(),
            ["password"] = "clerk2026x", ["roles"] = "clerk",
        }, handler: "Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var clerk = await app.LoginAsync("newclerk", "clerk2026x");
        var list = JsonDocument.Parse(await clerk.GetStringAsync("/api/reconsideration")).RootElement;
        Assert.True(list.GetProperty("total").GetInt32() > 0);
        Assert.All(list.GetProperty("rows").EnumerateArray(),
            r => Assert.Equal(market, r.GetProperty("respondentUnitId").GetInt32()));

        var trail = await app.QueryAsync(db => db.AuditEntries
            .Where(a => a.Entity == "AppUser" && a.Action == Fazhi.Kernel.Audit.AuditAction.Insert)
            .Select(a => a.After!)
            .ToListAsync());
        var entry = Assert.Single(trail, t => t.Contains("newclerk"));
        Assert.DoesNotContain("PasswordHash", entry);
        var roleActors = await app.QueryAsync(db => db.AuditEntries
            .Where(a => a.Entity.StartsWith("IdentityUserRole")).Select(a => a.Actor).ToListAsync());
        Assert.Contains(roleActors, a => a == "admin");
    }

    [Theory, BothStores]
    public async Task A_weak_password_is_refused_in_chinese_and_no_user_is_made(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var admin = await app.LoginAsync("admin");
        var response = await TestApp.PostFormAsync(admin, "/admin/users", new Dictionary<string, string>
        {
            ["userName"] = "weak", ["unitId"] = "1", ["password"] = "short", ["roles"] = "viewer",
        }, handler: "Create");
        Assert.Contains("密码至少8位", await response.Content.ReadAsStringAsync());
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.UserName == "weak")));
    }

    [Theory, BothStores]
    public async Task Scopes_of_several_roles_add_up(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (police, market) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县市场监督管理局").Select(u => u.Id).SingleAsync()));
        var admin = await app.LoginAsync("admin");
        var reviewerRole = await app.QueryAsync(db =>
            db.Roles.Where(r => r.Name == "reviewer").Select(r => r.Id).SingleAsync());
        var saved = await TestApp.PostFormAsync(admin, "/admin/roles", new Dictionary<string, string>
        {
            ["id"] = reviewerRole, ["scope"] = "CustomUnits", ["units"] = market.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var gajId = await app.QueryAsync(db =>
            db.Users.Where(u => u.UserName == "gaj").Select(u => u.Id).SingleAsync());
        var assigned = await TestApp.PostFormAsync(admin, "/admin/users",
            [new("id", gajId), new("roles", "clerk"), new("roles", "reviewer")], handler: "Roles");
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        var total = JsonDocument.Parse(await (await app.ClientForAsync("gaj")).GetStringAsync("/api/reconsideration"))
            .RootElement.GetProperty("total").GetInt32();
        var expected = await app.QueryAsync(db => db.ReconsiderationCases.CountAsync(c =>
            c.RespondentUnitId == police || c.UnitId == police || c.RespondentUnitId == market || c.UnitId == market));
        Assert.Equal(expected, total);
        var policeOnly = await app.QueryAsync(db =>
            db.ReconsiderationCases.CountAsync(c => c.RespondentUnitId == police));
        Assert.True(total > policeOnly);
    }

    [Theory, BothStores]
    public async Task Five_wrong_passwords_lock_the_account_every_attempt_is_logged_and_no_reply_tells_which(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        async Task<string> Try(string user, string password) =>
            await (await TestApp.PostFormAsync(client, "/account/login",
                new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password }))
                .Content.ReadAsStringAsync();
        for (var i = 0; i < 5; i++) Assert.Contains(LoginModel.FailedSignIn, await Try("guest", "wrong-password"));
        // Locked now: the right password gets the same reply as a wrong one, and as an account that does not exist.
        Assert.Contains(LoginModel.FailedSignIn, await Try("guest", Fazhi.Features.Demo.DemoCounty.Password));
        Assert.Contains(LoginModel.FailedSignIn, await Try("nobody-here", "wrong-password"));
        var records = await app.QueryAsync(db => db.LoginRecords.Where(r => r.UserName == "guest").ToListAsync());
        Assert.Equal(6, records.Count);
        Assert.All(records, r => Assert.False(r.Succeeded));
        Assert.Contains(records, r => r.Detail == "账号已锁定");
    }

    [Theory, BothStores]
    public async Task Sign_in_attempts_from_one_address_are_limited_and_every_page_carries_security_headers(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await TestApp.PostFormAsync(client, "/account/login",
                new Dictionary<string, string> { ["UserName"] = $"guess{i}", ["Password"] = "x" })).StatusCode);
        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        var page = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // showing the form is not limited
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory, BothStores]
    public async Task Administration_pages_are_for_administrators_only(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var coordinator = await app.LoginAsync("sfj");
        foreach (var page in new[] { "/admin/users", "/admin/roles", "/admin/audit", "/admin/logins" })
        {
            var response = await coordinator.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/denied", response.Headers.Location!.ToString());
        }
        var admin = await app.LoginAsync("admin");
        Assert.Contains("哈希链完整",
            await (await TestApp.PostFormAsync(admin, "/admin/audit", [])).Content.ReadAsStringAsync());
    }
}
