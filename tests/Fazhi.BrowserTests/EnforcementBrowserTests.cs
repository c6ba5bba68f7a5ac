using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>行政执法 in the browser: an agency takes a penalty through 法制审核 and 公示, and the 司法局 draws
/// files for 案卷评查 and grades one.</summary>
public class EnforcementBrowserTests
{
    static async Task ConfirmAsync(IPage page, ILocator form)
    {
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator("#confirm-dialog").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
    }

    [Fact]
    public async Task A_clerk_files_a_penalty_is_stopped_until_legal_review_then_serves_and_publishes_it()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, "gaj");
        await page.GotoAsync(url + "/enforcement/cases/new");
        await page.SelectOptionAsync("#PowerId", new SelectOptionValue { Label = "【行政处罚】对扰乱单位秩序等行为的处罚" });
        await page.FillAsync("#Number", "清公罚〔2026〕888号");
        await page.FillAsync("#PartyName", "清河县某娱乐有限公司");
        await page.FillAsync("#PartyCode", Fazhi.Kernel.Units.NationalCodes.WithCreditCheck("91149901MA0000888"));
        await page.FillAsync("#Facts", "营业场所聚众扰乱秩序");
        await page.SelectOptionAsync("#ReviewGround", "PublicInterest");
        var officers = page.Locator("#HandlerIds optgroup[label='清河县公安局'] option");
        await page.SelectOptionAsync("#HandlerIds", [
            await officers.Nth(0).GetAttributeAsync("value") ?? "",
            await officers.Nth(1).GetAttributeAsync("value") ?? ""]);
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("清公罚〔2026〕888号");
        await Assertions.Expect(page.Locator("#review-required")).ToBeVisibleAsync();

        await page.Locator("#step-notice button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("告知拟作出的行政处罚内容");
        await ConfirmAsync(page, page.Locator("#step-decision"));
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("未经法制审核不得作出决定");

        await page.FillAsync("#reviewer", "赵法审");
        await page.Locator("#step-review button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#legal-review")).ToContainTextAsync("赵法审：通过");
        var decision = page.Locator("#step-decision");
        await decision.GetByLabel("警告").CheckAsync();
        await decision.GetByLabel("罚款", new() { Exact = true }).CheckAsync();
        await page.FillAsync("#amount", "8000");
        var band = await page.Locator("#standardId option", new() { HasText = "情节一般" }).GetAttributeAsync("value");
        await page.SelectOptionAsync("#standardId", band ?? "");
        await ConfirmAsync(page, decision);
        await Assertions.Expect(page.Locator("#decision")).ToContainTextAsync("罚款8000元");
        await Assertions.Expect(page.Locator("#band-warning")).ToContainTextAsync("超出所选裁量基准");

        await page.Locator("#step-delivery input[name=OnSpot]").CheckAsync();
        await page.Locator("#step-delivery button[type=submit]").ClickAsync();
        await page.FillAsync("#url", "https://www.qinghe.gov.cn/xzzfgs/888");
        await page.Locator("#step-publication button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#publicity")).ToContainTextAsync("公开");
        await Assertions.Expect(page.Locator("#deadlines")).ToContainTextAsync("按期完成");
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(Path.GetTempPath(), "fazhi-enforcement-case.png"), FullPage = true,
        });
    }

    [Fact]
    public async Task A_coordinator_draws_files_for_review_and_a_veto_fails_one_whatever_its_points()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, "sfj");
        await page.GotoAsync(url + "/enforcement/review-campaigns");
        var form = page.Locator("#new-campaign");
        await form.Locator("#name").FillAsync("浏览器专项评查");
        await page.SelectOptionAsync("#unitId", new SelectOptionValue { Label = "清河县人民政府" });
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("浏览器专项评查");
        await Assertions.Expect(page.Locator("#seed")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(
            "^-?[0-9]+$"));

        await page.Locator("#files a", new() { HasText = "评分" }).First.ClickAsync();
        await page.Locator("#score tr", new() { HasText = "主要证据不足" }).Locator("input[type=checkbox]").CheckAsync();
        await page.FillAsync("#comment", "询问笔录缺失，主要证据不足");
        await page.Locator("#score button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#grade")).ToContainTextAsync("100分，二类（触发否决项）");
    }

    [Fact]
    public async Task An_agency_draws_an_inspection_plan_and_the_re_draw_from_its_seed_is_identical()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, "scj");
        await page.GotoAsync(url + "/enforcement/inspections/new");
        await page.FillAsync("#Name", "浏览器双随机抽查计划");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("浏览器双随机抽查计划");
        await ConfirmAsync(page, page.Locator("#step-draw"));
        await Assertions.Expect(page.Locator("#seed")).ToBeVisibleAsync();
        var seed = await page.Locator("#seed").TextContentAsync();
        await Assertions.Expect(page.Locator("#tasks tbody tr").First).ToBeVisibleAsync();
        await page.Locator("#draw a", new() { HasText = "复核抽取" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync("复核一致");
        await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync(seed!);
    }
}
