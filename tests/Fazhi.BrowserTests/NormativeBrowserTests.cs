using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>行政规范性文件 in the browser: the coordinator registers a draft, is refused deliberation before the
/// reviews, records them, has the platform number and issue it, files it within the period; then anyone, signed in
/// or not, finds it in the library by two characters, highlighted.</summary>
public class NormativeBrowserTests
{
    [Fact]
    public async Task A_document_is_reviewed_numbered_published_filed_and_found_in_the_library()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, "sfj");
        await page.GetByRole(AriaRole.Link, new() { Name = "行政规范性文件" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "起草登记" }).ClickAsync();
        await page.FillAsync("#Title", "清河县城区户外广告设置管理办法");
        await page.FillAsync("#DraftingUnit", "县综合行政执法局");
        await page.FillAsync("#Body", "第一条 为规范户外广告设置，美化市容，制定本办法。\n第二条 霓虹招牌应当定期检修。");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("制定中");

        await page.FillAsync("#step-Deliberate-text", "县政府常务会议");
        await page.Locator("#step-Deliberate button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("合法性审核（须审核通过）");
        await page.Locator("#step-SendForLegality button[type=submit]").ClickAsync();
        await page.FillAsync("#step-LegalityOpinion-text", "合法");
        await page.CheckAsync("#step-LegalityOpinion-passed");
        await page.Locator("#step-LegalityOpinion button[type=submit]").ClickAsync();
        await page.FillAsync("#step-ExemptFairCompetition-reason", "不涉及市场主体经济活动的准入和经营");
        await page.Locator("#step-ExemptFairCompetition button[type=submit]").ClickAsync();
        await page.FillAsync("#step-Deliberate-text", "县政府第15次常务会议审议通过");
        await page.CheckAsync("#step-Deliberate-passed");
        await page.Locator("#step-Deliberate button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("审议通过，待印发");

        var today = DateOnly.Parse(await page.InputValueAsync("#step-Issue-on"));
        await page.FillAsync("#step-Issue-prefix", "清政规");
        await page.FillAsync("#step-Issue-effective", today.ToString("yyyy-MM-dd"));
        await page.FillAsync("#step-Issue-until", today.AddYears(2).ToString("yyyy-MM-dd"));
        await page.FillAsync("#step-Issue-published", "清河县人民政府门户网站");
        await page.Locator("#step-Issue button[type=submit]").ClickAsync();
        await page.Locator("#confirm-dialog").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(page.Locator("#number")).ToHaveTextAsync($"清政规〔{today.Year}〕1号");
        await Assertions.Expect(page.Locator("#deadlines")).ToContainTextAsync("规范性文件报送备案");
        await Assertions.Expect(page.Locator("#step-File-with")).ToHaveValueAsync("云岭市人民政府");
        await page.Locator("#step-File button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#deadlines")).ToContainTextAsync("按期完成");

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(url + "/library");
        await visitor.FillAsync("#q", "霓虹");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("#hits mark")).ToHaveTextAsync("霓虹");
        await visitor.Locator("#hits a", new() { HasText = "户外广告" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("#body")).ToContainTextAsync("霓虹招牌应当定期检修");
    }
}
