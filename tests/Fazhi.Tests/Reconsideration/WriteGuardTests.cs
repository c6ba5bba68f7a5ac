using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Litigation;
using Fazhi.Features.Reconsideration;
using Fazhi.Kernel.Access;

namespace Fazhi.Tests.Reconsideration;

/// <summary>Writes the law or the caller's scope does not allow are refused even when raced or when the scope is
/// 仅本人.</summary>
public class WriteGuardTests
{
    [Theory, BothStores]
    public async Task Eight_extension_requests_at_once_extend_the_deadline_once(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var open = await app.QueryAsync(db => db.ReconsiderationCases.FirstAsync(c =>
            c.Status == ReconsiderationStatus.Accepted && c.Procedure == ReconsiderationProcedure.Ordinary
            && c.CaseNumber.StartsWith("清政复")));
        var http = await app.ClientForAsync("sfj");
        var detail = JsonDocument.Parse(await http.GetStringAsync($"/api/reconsideration/{open.Id}")).RootElement;
        var original = DateOnly.Parse(detail.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("rule").GetString() == "reconsideration.decision")
            .GetProperty("originalDue").GetString()!);
        var body = new { newDue = original.AddDays(20), reason = "案情复杂", approver = "复议机构负责人" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => http.PostAsJsonAsync($"/api/reconsideration/{open.Id}/extension", body)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.NoContent),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.BadRequest }));
        Assert.Equal(1, await app.QueryAsync(db => db.DeadlineExtensions.CountAsync(e => e.OwnerId == open.Id
            && e.OwnerType == ReconsiderationCase.OwnerType)));
    }

    [Theory, BothStores]
    public async Task A_writer_who_sees_only_their_own_records_registers_only_for_their_own_unit(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        await app.QueryAsync(async db =>
        {
            var clerk = await db.Roles.SingleAsync(r => r.Name == Roles.Clerk);
            clerk.Scope = DataScopeKind.OnlySelf;
            return await db.SaveChangesAsync();
        });
        var (police, market, court) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县市场监督管理局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县人民法院").Select(u => u.Id).SingleAsync()));
        var gaj = await app.ClientForAsync("gaj");
        object Suit(string number, int defendant) => new
        {
            caseNumber = number, unitId = defendant, courtUnitId = court, plaintiffs = "测试原告", cause = "罚款",
            filedOn = "2026-03-02",
        };

        var elsewhere = await gaj.PostAsJsonAsync("/api/litigation", Suit("（2026）晋9901行初960号", market));
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("超出数据权限范围", await elsewhere.Content.ReadAsStringAsync());
        var own = await gaj.PostAsJsonAsync("/api/litigation", Suit("（2026）晋9901行初961号", police));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        // 仅本人: the clerk now sees the suit they registered and no other.
        var list = JsonDocument.Parse(await gaj.GetStringAsync("/api/litigation")).RootElement;
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(0, await app.QueryAsync(db =>
            db.LitigationCases.CountAsync(c => c.CaseNumber == "（2026）晋9901行初960号")));
    }

    [Theory, BothStores]
    public async Task A_case_number_used_in_another_scope_is_neither_refused_nor_revealed(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (city, county, police, market, court) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.DivisionCode == "149900").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.DivisionCode == "149901").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县市场监督管理局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县人民法院").Select(u => u.Id).SingleAsync()));
        object Application(int unit) => new
        {
            caseNumber = "云政复〔2026〕77号", applicants = "赵六", unitId = unit, respondentUnitId = police,
            contestedAct = "罚款决定", category = "Penalty", receivedOn = "2026-03-02",
        };
        object Suit(int defendant) => new
        {
            caseNumber = "（2026）晋9901行初977号", unitId = defendant, courtUnitId = court, plaintiffs = "测试原告",
            cause = "罚款", filedOn = "2026-03-02",
        };
        var admin = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.Created,
            (await admin.PostAsJsonAsync("/api/reconsideration", Application(city))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/litigation", Suit(market))).StatusCode);

        // The county's 司法局 uses the number the city used, the police the number the market regulator has.
        var sfj = await app.ClientForAsync("sfj");
        Assert.Equal(HttpStatusCode.Created,
            (await sfj.PostAsJsonAsync("/api/reconsideration", Application(county))).StatusCode);
        var gaj = await app.ClientForAsync("gaj");
        Assert.Equal(HttpStatusCode.Created, (await gaj.PostAsJsonAsync("/api/litigation", Suit(police))).StatusCode);

        // Within the caller's own unit the number is taken, and saying so tells them nothing new.
        var again = await sfj.PostAsJsonAsync("/api/reconsideration", Application(county));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("该复议机关的案号“云政复〔2026〕77号”已存在", await again.Content.ReadAsStringAsync());
        var twice = await gaj.PostAsJsonAsync("/api/litigation", Suit(police));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("已存在", await twice.Content.ReadAsStringAsync());
        // Registering for a unit out of scope is refused for the scope, before any number is looked up.
        var outside = await gaj.PostAsJsonAsync("/api/litigation", Suit(market));
        Assert.Contains("超出数据权限范围", await outside.Content.ReadAsStringAsync());
        Assert.DoesNotContain("已存在", await outside.Content.ReadAsStringAsync());
    }
}
