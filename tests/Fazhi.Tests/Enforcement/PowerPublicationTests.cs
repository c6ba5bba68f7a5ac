using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Features.Enforcement;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Tests.Enforcement;

/// <summary>事前公示 of the 权责清单: an agency records where and when it published its list; its unpublished
/// items take that day, the 事前公示率 moves with them, and nobody records it for an agency outside their
/// scope.</summary>
public class PowerPublicationTests
{
    const string Market = "清河县市场监督管理局", Api = "/api/enforcement/powers/publication";

    static Task<int> UnitAsync(TestApp app, string name) =>
        app.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    static Task<int> UnpublishedAsync(TestApp app, int unit) => app.QueryAsync(db => db.EnforcementPowers
        .IgnoreQueryFilters().CountAsync(p => p.UnitId == unit && p.PublishedOn == null));

    static async Task<Figure> RateAsync(TestApp app)
    {
        Figure? rate = null;
        await app.WithSystemScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<FigureService>();
            var root = await sp.GetRequiredService<FazhiDb>().Units.OrderBy(u => u.Id).FirstAsync();
            rate = (await service.AllAsync(await service.ScopeAsync(root.Id, app.Clock.GetLocalNow().Year, default),
                default)).Single(f => f.Key == "enforcement.powers.published_rate");
        });
        return rate!;
    }

    static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory, BothStores]
    public async Task A_published_list_takes_its_day_and_moves_the_rate_within_the_callers_scope(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        app.Clock.Set("2026-11-26");
        var market = await UnitAsync(app, Market);
        var pending = await UnpublishedAsync(app, market);
        Assert.True(pending > 0);
        var before = await RateAsync(app);
        Assert.True(before.Denominator > before.Numerator);
        var url = "https://www.qinghe.gov.cn/scjg/qzqd.html";

        // Another agency's clerk, a reader, a script address and a day to come change nothing.
        var police = await app.ClientForAsync("gaj");
        Assert.Contains("超出数据权限范围", await RefusalAsync(
            await police.PostAsJsonAsync(Api, new { unitId = market, on = "2026-11-20", url })));
        var guest = await app.ClientForAsync("guest");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await guest.PostAsJsonAsync(Api, new { unitId = market, on = "2026-11-20", url })).StatusCode);
        var clerk = await app.ClientForAsync("scj");
        Assert.Contains("公开网址应为完整网址", await RefusalAsync(
            await clerk.PostAsJsonAsync(Api, new { unitId = market, on = "2026-11-20", url = "javascript:alert(1)" })));
        Assert.Contains("公示日期不能晚于今天", await RefusalAsync(
            await clerk.PostAsJsonAsync(Api, new { unitId = market, on = "2026-11-27", url })));
        Assert.Equal(pending, await UnpublishedAsync(app, market));

        var done = await clerk.PostAsJsonAsync(Api, new { unitId = market, on = "2026-11-20", url });
        var published = (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("published");
        Assert.Equal(pending, published.GetInt32());
        Assert.Equal(0, await UnpublishedAsync(app, market));
        var after = await RateAsync(app);
        Assert.Equal(before.Numerator + pending, after.Numerator);
        Assert.Equal(before.Denominator, after.Denominator);
        var powers = await clerk.GetFromJsonAsync<JsonElement>("/api/enforcement/powers");
        Assert.All(powers.GetProperty("rows").EnumerateArray(), p =>
            Assert.Equal("2026-11-20", p.GetProperty("publishedOn").GetString()));
        Assert.Contains("均已公示", await RefusalAsync(
            await clerk.PostAsJsonAsync(Api, new { unitId = market, on = "2026-11-21", url })));
    }

    [Theory, BothStores]
    public async Task The_page_form_offers_the_agencies_awaiting_publication_and_records_one(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        app.Clock.Set("2026-11-26");
        var market = await UnitAsync(app, Market);
        var browser = await app.LoginAsync("scj");
        var page = await browser.GetStringAsync("/enforcement/powers");
        Assert.Contains("登记事前公示", page);
        Assert.Contains("未公示", page);
        var fields = new Dictionary<string, string>
        {
            ["UnitId"] = market.ToString(), ["On"] = "2026-11-20", ["Url"] = "qinghe.gov.cn",
        };
        var refused = await TestApp.PostFormAsync(browser, "/enforcement/powers", fields, handler: "Publish");
        Assert.Contains("公开网址应为完整网址", await refused.Content.ReadAsStringAsync());
        fields["Url"] = "https://www.qinghe.gov.cn/scjg/qzqd.html";
        var posted = await TestApp.PostFormAsync(browser, "/enforcement/powers", fields, handler: "Publish");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        page = await browser.GetStringAsync("/enforcement/powers");
        Assert.DoesNotContain("登记事前公示", page);
        Assert.Contains("href=\"https://www.qinghe.gov.cn/scjg/qzqd.html\"", page);
    }
}
