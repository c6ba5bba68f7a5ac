using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>矛盾纠纷化解 in the browser: the coordinator takes in a neighbours' dispute at a township committee, records
/// the agreement and the application for 司法确认; then a dispute the court pushed to the 行政争议协调化解中心 is
/// resolved; the year's table counts both.</summary>
public class DisputeBrowserTests
{
    [Fact]
    public async Task A_mediation_case_and_a_court_pushed_dispute_are_resolved()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, "sfj");
        await page.GetByRole(AriaRole.Link, new() { Name = "矛盾纠纷化解" }).First.ClickAsync();
        var row = page.Locator("#organisations tr", new() { HasText = "城关镇人民调解委员会" });
        var received = int.Parse((await row.Locator("td").Nth(3).TextContentAsync())!.TrimEnd('件'));

        await page.GetByRole(AriaRole.Link, new() { Name = "受理纠纷" }).ClickAsync();
        await page.SelectOptionAsync("#OrganisationId", new SelectOptionValue { Label = "城关镇人民调解委员会" });
        await page.SelectOptionAsync("#Kind", "邻里纠纷");
        await page.FillAsync("#Parties", "钱某与孙某");
        await page.FillAsync("#Summary", "因排水沟堵塞引发争执");
        await page.GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("调解中");
        await Assertions.Expect(page.Locator("#deadlines")).ToContainTextAsync("人民调解工作若干规定");
        await page.FillAsync("#conclude-text", "孙某疏通排水沟并赔偿钱某200元");
        await page.Locator("#resolve").ClickAsync();
        await page.Locator("#confirm-dialog").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("调解成功");
        await Assertions.Expect(page.Locator("#outcome")).ToContainTextAsync("孙某疏通排水沟");
        await page.Locator("#apply").ClickAsync();
        await Assertions.Expect(page.Locator("#confirmation")).ToContainTextAsync("已申请司法确认");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("申请司法确认");

        await page.GotoAsync(url + "/disputes/new");
        await page.SelectOptionAsync("#OrganisationId", new SelectOptionValue { Label = "清河县行政争议协调化解中心" });
        await page.SelectOptionAsync("#Kind", "行政争议");
        await page.SelectOptionAsync("#Source", new SelectOptionValue { Label = "法院推送" });
        await page.FillAsync("#Parties", "周某与清河县市场监督管理局");
        await page.FillAsync("#Summary", "不服行政处罚决定提起诉讼，法院诉前推送化解");
        await page.GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Assertions.Expect(page.Locator("#SourceReference")).ToHaveClassAsync(new System.Text.RegularExpressions
            .Regex("is-invalid"));
        await page.FillAsync("#SourceReference", "（2026）清行诉前调7号");
        await page.GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Assertions.Expect(page.Locator("#source")).ToContainTextAsync("法院推送（（2026）清行诉前调7号）");
        await page.FillAsync("#conclude-text", "行政机关减轻处罚，原告撤回起诉");
        await page.Locator("#resolve").ClickAsync();
        await page.Locator("#confirm-dialog").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("调解成功");

        await page.GotoAsync(url + "/disputes");
        await Assertions.Expect(page.Locator("#organisations tr", new() { HasText = "城关镇人民调解委员会" })
            .Locator("td").Nth(3)).ToHaveTextAsync($"{received + 1}件");
        await Assertions.Expect(page.Locator("#cases")).ToContainTextAsync("周某与清河县市场监督管理局");
    }
}
