using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>述法 in the browser: the county arranges this year's 述法 for 县公安局, the police clerk gives it, and the
/// 司法局 grades it; the year's coverage moves.</summary>
public class LawReportBrowserTests
{
    [Fact]
    public async Task The_county_arranges_a_unit_gives_its_report_and_the_county_grades_it()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var year = app.Clock.Now.Year;
        var coordinator = await BrowserTests.LoginAsync(browser, url, "sfj");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "述法" }).First.ClickAsync();
        await Assertions.Expect(coordinator.Locator("#coverage")).ToContainTextAsync("述法覆盖率95%");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "安排述法" }).ClickAsync();
        await coordinator.FillAsync("#year", year.ToString());
        await coordinator.FillAsync("#dueOn", $"{year + 1}-01-31");
        foreach (var box in await coordinator.Locator("input[name=unitIds]").AllAsync()) await box.UncheckAsync();
        var police = coordinator.Locator("#units tr", new() { HasText = "清河县公安局" });
        await police.Locator("input[name=unitIds]").CheckAsync();
        await police.Locator("input[name=meetingUnitIds]").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "安排述法" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#coverage")).ToContainTextAsync("应述法1人，已述法0人");

        var clerk = await BrowserTests.LoginAsync(browser, url, "gaj");
        await clerk.GotoAsync($"{url}/lawreports?year={year}");
        await clerk.Locator("#reports a", new() { HasText = "清河县公安局" }).ClickAsync();
        await clerk.FillAsync("#leader-name", "王建国");
        await clerk.FillAsync("#leader-post", "局长");
        await clerk.FillAsync("#report-content", "本年度履行推进法治建设第一责任人职责情况：主持召开专题会议4次，出庭应诉2次。");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交述法" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#status")).ToContainTextAsync("已述法，待评议");
        await Assertions.Expect(clerk.Locator("#step-grade")).ToHaveCountAsync(0);
        var page = clerk.Url;

        await coordinator.GotoAsync(page);
        await coordinator.SelectOptionAsync("#grade-value", new SelectOptionValue { Label = "好" });
        await coordinator.FillAsync("#grade-note", "职责履行到位");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "评议" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#grade")).ToContainTextAsync("好 职责履行到位");
        await Assertions.Expect(coordinator.Locator("#timeline")).ToContainTextAsync("评议");
        await coordinator.GotoAsync($"{url}/lawreports?year={year}");
        await Assertions.Expect(coordinator.Locator("#coverage")).ToContainTextAsync("述法覆盖率100%");
    }
}
