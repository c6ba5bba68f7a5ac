using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>重大行政决策 in the browser: the coordinator starts a decision, is refused the collective deliberation
/// while procedures are missing, records each procedure or why it does not apply, the legality review after its
/// seven working days, the meeting, the report to the party committee and the publication.</summary>
public class DecisionBrowserTests
{
    [Fact]
    public async Task A_decision_is_refused_while_a_procedure_is_missing_then_goes_through_every_one()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, "sfj");
        await page.GetByRole(AriaRole.Link, new() { Name = "重大行政决策" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#directories")).ToContainTextAsync("2026年度");
        await page.GetByRole(AriaRole.Link, new() { Name = "启动决策程序" }).ClickAsync();
        await page.SelectOptionAsync("#UnitId", new SelectOptionValue { Label = "清河县人民政府" });
        await page.FillAsync("#RegisteredOn", "2026-10-30");
        await page.FillAsync("#Title", "清河县公共租赁住房租金标准");
        await page.SelectOptionAsync("#Category", "PublicPolicy");
        await page.FillAsync("#LeadUnit", "县住房和城乡建设局");
        await page.GetByRole(AriaRole.Button, new() { Name = "启动" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("履行程序中");

        async Task Record(string step, string? on = null, bool confirm = false)
        {
            var form = page.Locator($"#step-{step}");
            if (on is not null) await form.Locator("input[name=On]").FillAsync(on);
            await form.GetByRole(AriaRole.Button, new() { Name = "记录" }).ClickAsync();
            if (confirm)
                await page.Locator("#confirm-dialog").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        }
        await page.Locator("#step-Deliberate-text").FillAsync("县政府常务会议讨论");
        await Record("Deliberate", confirm: true);
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("公众参与、专家论证、风险评估");

        await page.Locator("#step-ExemptParticipation-reason").FillAsync("涉及国家秘密，依法不予公开");
        await Record("ExemptParticipation");
        await page.Locator("#step-ExemptExpert-reason").FillAsync("不涉及专业性、技术性较强的问题");
        await Record("ExemptExpert");
        await page.Locator("#step-Risk-text").FillAsync("风险等级低");
        await page.Locator("#step-Risk-passed").CheckAsync();
        await Record("Risk", "2026-11-02");
        await Record("SendForLegality", "2026-11-02");
        await Assertions.Expect(page.Locator("#earliest")).ToContainTextAsync("最早2026-11-11出具意见");
        await page.Locator("#step-LegalityOpinion-text").FillAsync("符合法定权限，内容合法");
        await page.Locator("#step-LegalityOpinion-passed").CheckAsync();
        await Record("LegalityOpinion", "2026-11-11");
        await page.Locator("#step-Deliberate-text").FillAsync("县政府第20次常务会议讨论，一致同意");
        await page.Locator("#step-Deliberate-passed").CheckAsync();
        await Record("Deliberate", "2026-11-20", confirm: true);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("已决定");
        await Record("ReportToParty", "2026-11-23");
        await page.Locator("#step-Publish-text").FillAsync("依法不予公开征求意见，已说明");
        await Record("Publish", "2026-11-25");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("已公布");
        await Assertions.Expect(page.Locator("#procedures")).ToContainTextAsync("不适用：涉及国家秘密，依法不予公开");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("集体讨论决定");
    }
}
