using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Features.Enforcement;
using Fazhi.Kernel.Units;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Tests.Enforcement;

/// <summary>A 扣押 through the API as a 公安局 records it: the measure named at the decision, the 处理决定 period on
/// the case, extended once by the head, ended by the 处理决定; another agency finds none of it.</summary>
public class CoercionTests
{
    const string Api = "/api/enforcement/cases";

    static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    static JsonElement Period(JsonElement detail) => detail.GetProperty("deadlines").EnumerateArray()
        .Single(d => d.GetProperty("rule").GetString() == "enforcement.seizure_period");

    /// <summary>A coercion case of the police registered on 2 March 2026, the clock at 20 March.</summary>
    static async Task<(HttpClient Police, JsonElement Case)> RegisteredAsync(TestApp app, string number)
    {
        app.Clock.Set("2026-03-20");
        var (power, officers) = await app.QueryAsync(async db =>
        {
            var p = await db.EnforcementPowers.IgnoreQueryFilters()
                .FirstAsync(x => x.Unit!.Name == "清河县公安局" && x.Kind == PowerKind.Coercion);
            var o = await db.EnforcementOfficers.IgnoreQueryFilters().Where(x => x.UnitId == p.UnitId
                && x.Status == OfficerStatus.Active && x.CertificateValidUntil > new DateOnly(2026, 6, 1))
                .Select(x => x.Id).Take(2).ToArrayAsync();
            return (p.Id, o);
        });
        var police = await app.ClientForAsync("gaj");
        return (police, await OkAsync(await police.PostAsJsonAsync(Api, new
        {
            number, powerId = power, partyKind = "Organisation", partyName = "清河县某运输有限公司",
            partyCode = NationalCodes.WithCreditCheck("91149901MA0000077"), facts = "车辆非法改装",
            filedOn = "2026-03-02", handlerIds = officers,
        })));
    }

    [Theory, BothStores]
    public async Task A_seizure_runs_thirty_days_extended_once_and_ends_with_its_disposal(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (police, c) = await RegisteredAsync(app, "清公强〔2026〕7号");
        var id = c.GetProperty("id").GetInt32();
        var refused = await police.PostAsJsonAsync($"{Api}/{id}/decision",
            new { version = c.GetProperty("version").GetInt32(), decidedOn = "2026-03-02", outcome = "CoercionTaken" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请选择采取的行政强制措施种类", await refused.Content.ReadAsStringAsync());
        var decided = (await OkAsync(await police.PostAsJsonAsync($"{Api}/{id}/decision", new
        {
            version = c.GetProperty("version").GetInt32(), decidedOn = "2026-03-02", outcome = "CoercionTaken",
            measure = "Seizure",
        }))).GetProperty("case");
        Assert.Equal("扣押财物", decided.GetProperty("measure").GetString());

        var detail = await police.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        Assert.Equal("2026-04-01", Period(detail).GetProperty("due").GetString());
        app.Clock.Set("2026-03-28"); // four days left: on the agency's due list
        Assert.Contains("清公强〔2026〕7号", await (await app.LoginAsync("gaj")).GetStringAsync("/"));

        // Another agency's clerk does not find the case, whatever the request says.
        var market = await app.ClientForAsync("scj");
        Assert.Equal(HttpStatusCode.NotFound, (await market.PostAsJsonAsync($"{Api}/{id}/coercion-extension",
            new { version = 0, newDue = "2099-01-01" })).StatusCode);

        var tooLong = await police.PostAsJsonAsync($"{Api}/{id}/coercion-extension", new
        {
            version = decided.GetProperty("version").GetInt32(), newDue = "2026-05-02", reason = "需技术鉴定",
            approver = "县公安局局长",
        });
        Assert.Contains("不得晚于2026-05-01", await tooLong.Content.ReadAsStringAsync());
        var extended = await OkAsync(await police.PostAsJsonAsync($"{Api}/{id}/coercion-extension", new
        {
            version = decided.GetProperty("version").GetInt32(), newDue = "2026-05-01", reason = "需技术鉴定",
            approver = "县公安局局长",
        }));
        detail = await police.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        Assert.Equal("2026-05-01", Period(detail).GetProperty("due").GetString());
        Assert.Equal("2026-04-01", Period(detail).GetProperty("originalDue").GetString());

        // The case page offers the 处理决定, and no second extension; its form records the disposal.
        var browser = await app.LoginAsync("gaj");
        var page = await browser.GetStringAsync($"/enforcement/cases/{id}");
        Assert.Contains("id=\"step-disposal\"", page);
        Assert.DoesNotContain("id=\"step-coercion-extension\"", page);
        var posted = await TestApp.PostFormAsync(browser, $"/enforcement/cases/{id}", new Dictionary<string, string>
        {
            ["Version"] = extended.GetProperty("version").GetInt32().ToString(), ["On"] = "2026-03-20",
            ["Disposal"] = "Released",
        }, handler: "Disposal");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        detail = await police.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        Assert.Equal("解除查封、扣押或者冻结", detail.GetProperty("case").GetProperty("disposal").GetString());
        Assert.Equal("2026-03-20", Period(detail).GetProperty("doneOn").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(),
            e => e.ToString().Contains("县公安局局长批准"));
    }

    [Theory, BothStores]
    public async Task A_testing_period_recorded_on_the_case_page_is_not_counted_in_the_seizure(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (police, c) = await RegisteredAsync(app, "清公强〔2026〕8号");
        var id = c.GetProperty("id").GetInt32();
        var decided = (await OkAsync(await police.PostAsJsonAsync($"{Api}/{id}/decision", new
        {
            version = c.GetProperty("version").GetInt32(), decidedOn = "2026-03-02", outcome = "CoercionTaken",
            measure = "Seizure",
        }))).GetProperty("case");
        var version = decided.GetProperty("version").GetInt32();
        var market = await app.ClientForAsync("scj");
        Assert.Equal(HttpStatusCode.NotFound, (await market.PostAsJsonAsync($"{Api}/{id}/coercion-testing", new
        {
            version, kind = "Testing", from = "2026-03-05", to = "2026-03-14", notifiedOn = "2026-03-05",
        })).StatusCode);
        var backwards = await police.PostAsJsonAsync($"{Api}/{id}/coercion-testing", new
        {
            version, kind = "Testing", from = "2026-03-14", to = "2026-03-05", notifiedOn = "2026-03-05",
        });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("结束日期不能早于开始日期", await backwards.Content.ReadAsStringAsync());

        var browser = await app.LoginAsync("gaj");
        Assert.Contains("id=\"step-testing\"", await browser.GetStringAsync($"/enforcement/cases/{id}"));
        var posted = await TestApp.PostFormAsync(browser, $"/enforcement/cases/{id}", new Dictionary<string, string>
        {
            ["Version"] = version.ToString(), ["Kind"] = "Testing", ["From"] = "2026-03-05", ["To"] = "2026-03-14",
            ["NotifiedOn"] = "2026-03-05",
        }, handler: "Testing");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var detail = await police.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        Assert.Equal("检测", detail.GetProperty("case").GetProperty("testing").GetString());
        // Ten days of 检测 take 1 April to 11 April, a Saturday: the period ends on Monday 13 April.
        Assert.Equal("2026-04-13", Period(detail).GetProperty("due").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(),
            e => e.ToString().Contains("检测期间2026-03-05至2026-03-14"));
        Assert.DoesNotContain("id=\"step-testing\"", await browser.GetStringAsync($"/enforcement/cases/{id}"));
    }
}
