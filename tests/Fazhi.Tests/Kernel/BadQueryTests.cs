using System.Net;

namespace Fazhi.Tests.Kernel;

/// <summary>A query value out of range is the caller's error: a clear 400 or a message on the page, never a 500.
/// </summary>
public class BadQueryTests
{
    [Theory, BothStores]
    public async Task A_year_out_of_range_is_refused_with_its_reason_on_every_list_and_figure(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var api = await app.ClientForAsync("sfj");
        foreach (var url in new[]
                 {
                     "/api/reconsideration?year=0", "/api/litigation?year=99999", "/api/reconsideration/export?year=0",
                     "/api/figures?unit=149901&year=0", "/api/report/reconsideration-litigation?unit=149901&year=1",
                 })
        {
            var response = await api.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
            Assert.Contains("年度", await response.Content.ReadAsStringAsync());
        }

        var browser = await app.LoginAsync("sfj");
        foreach (var url in new[] { "/reconsideration?year=0", "/litigation?year=-5" })
        {
            var page = await browser.GetAsync(url);
            Assert.True(page.StatusCode == HttpStatusCode.BadRequest, $"{url}: {page.StatusCode}");
            Assert.Contains("年度", await page.Content.ReadAsStringAsync());
        }
        var figures = await browser.GetAsync("/figures?year=-5");
        Assert.Equal(HttpStatusCode.OK, figures.StatusCode);
        Assert.Contains("年度“-5”无效", await figures.Content.ReadAsStringAsync());
    }

    [Theory, BothStores]
    public async Task Figures_of_a_unit_outside_the_callers_scope_are_refused_on_the_page_too(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var clerk = await app.LoginAsync("gaj");
        var county = await app.QueryAsync(db => Task.FromResult(db.Units.Single(u => u.DivisionCode == "149901").Id));
        var page = await (await clerk.GetAsync($"/figures?unit={county}&year=2026")).Content.ReadAsStringAsync();
        Assert.Contains("超出您的数据权限范围", page);
        Assert.DoesNotContain("data-key=\"reconsideration.cases_received\"", page);
        var records = await clerk.GetAsync(
            $"/figures/records?key=reconsideration.cases_received&unit={county}&year=2026");
        Assert.NotEqual(HttpStatusCode.OK, records.StatusCode);
    }
}
