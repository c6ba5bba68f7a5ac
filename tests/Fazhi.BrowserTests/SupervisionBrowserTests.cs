using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>督办 in the browser: the market regulator signs for and answers its notice; the 司法局 closes it.
/// </summary>
public class SupervisionBrowserTests
{
    [Fact]
    public async Task A_unit_answers_its_notice_and_the_coordinator_closes_it()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var clerk = await BrowserTests.LoginAsync(browser, url, "scj");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "督办" }).First.ClickAsync();
        var row = clerk.Locator("#notices tbody tr", new() { HasText = "未按月报送进展" }).First;
        var number = (await row.Locator("a").TextContentAsync())!.Trim();
        await row.Locator("a").ClickAsync();
        await Assertions.Expect(clerk.Locator("#detail")).ToContainTextAsync("至今未报送");
        await clerk.Locator("#step-acknowledge button").ClickAsync();
        await Assertions.Expect(clerk.Locator("#timeline")).ToContainTextAsync("签收督办单");
        await clerk.FillAsync("#reply-text", "已补报上月进展，并指定专人每月5日前报送");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "反馈" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#reply")).ToContainTextAsync("已补报上月进展");
        await Assertions.Expect(clerk.Locator("#step-resolve")).ToHaveCountAsync(0);

        var coordinator = await BrowserTests.LoginAsync(browser, url, "sfj");
        await coordinator.GotoAsync(url + "/plans/supervision");
        await coordinator.Locator("#notices a", new() { HasText = number }).ClickAsync();
        await coordinator.FillAsync("#resolution-text", "已补报，同意办结");
        await coordinator.Locator("#step-resolve button[type=submit]").ClickAsync();
        await coordinator.Locator("#confirm-dialog").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#status")).ToContainTextAsync("已办结");
        await Assertions.Expect(coordinator.Locator("#deadlines")).ToContainTextAsync("按期完成");
    }
}
