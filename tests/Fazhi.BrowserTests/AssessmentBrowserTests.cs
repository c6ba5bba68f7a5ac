using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>考核 in the browser: the county builds an indicator tree on the page and puts 县公安局 to assessment on
/// it; the police clerk scores itself and submits; the county reviews, taking a point with its reason, completes the
/// review, and the unit stands in the ranking.</summary>
public class AssessmentBrowserTests
{
    [Fact]
    public async Task The_county_builds_a_tree_the_unit_assesses_itself_and_the_review_ranks_it()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var county = await BrowserTests.LoginAsync(browser, url, "sfj");
        await county.GetByRole(AriaRole.Link, new() { Name = "考核" }).First.ClickAsync();
        await Assertions.Expect(county.Locator("#assessments")).ToContainTextAsync("已确定");
        await county.FillAsync("#system-name", "依法行政专项考核");
        await county.FillAsync("#system-audience", "县直部门");
        await county.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await county.FillAsync("#add-root-text", "依法行政");
        await county.FillAsync("#add-root-points", "1");
        await county.Locator("#add-root").GetByRole(AriaRole.Button, new() { Name = "增加" }).ClickAsync();
        await Assertions.Expect(county.Locator("#shape")).ToContainTextAsync("指标1项，共1分");
        var root = county.Locator("#indicators tr[data-code='1']");
        await root.Locator("summary").ClickAsync();
        await root.Locator("input[name=Text]").Nth(1).FillAsync("制度建设");
        await root.Locator("input[name=Points]").Nth(1).FillAsync("10");
        await root.Locator("form[id^=child-]").GetByRole(AriaRole.Button, new() { Name = "增加" }).ClickAsync();
        root = county.Locator("#indicators tr[data-code='1']");
        await root.Locator("summary").ClickAsync();
        var child = root.Locator("form[id^=child-]");
        await child.Locator("input[name=Text]").FillAsync("负责人出庭应诉");
        await child.Locator("input[name=Points]").FillAsync("8");
        await child.Locator("select[name=Method]").SelectOptionAsync(new SelectOptionValue { Label = "数据达标" });
        await child.Locator("select[name=FigureKey]").SelectOptionAsync(
            new SelectOptionValue { Label = "行政应诉·负责人出庭应诉率" });
        await child.Locator("input[name=Target]").FillAsync("100");
        await child.GetByRole(AriaRole.Button, new() { Name = "增加" }).ClickAsync();
        await Assertions.Expect(county.Locator("#shape")).ToContainTextAsync("指标1/2项，共18分");
        await Assertions.Expect(county.Locator("#indicators tr[data-code='1.2']")).ToContainTextAsync("目标100");
        var system = county.Url;
        await county.Locator("#start label", new() { HasText = "清河县公安局" }).Locator("input").CheckAsync();
        await county.GetByRole(AriaRole.Button, new() { Name = "启动考核" }).ClickAsync();
        await Assertions.Expect(county.Locator("#ranking")).ToContainTextAsync("自评中");
        await Assertions.Expect(county.Locator("#fixed")).ToContainTextAsync("指标已固定");

        var clerk = await BrowserTests.LoginAsync(browser, url, "gaj");
        await clerk.GotoAsync($"{url}/assessment");
        await clerk.Locator("#assessments tr", new() { HasText = "自评中" }).GetByRole(AriaRole.Link).ClickAsync();
        await clerk.GetByLabel("自评1.1").FillAsync("10");
        await clerk.GetByLabel("说明1.1").FillAsync("制定规范性文件管理办法并按期清理");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存自评" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交自评" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#status")).ToContainTextAsync("待复核");
        await Assertions.Expect(clerk.Locator("#sheet-form")).ToHaveCountAsync(0);
        var sheet = clerk.Url;

        await county.GotoAsync(sheet);
        await county.GetByLabel("复核1.1").FillAsync("8");
        await county.GetByRole(AriaRole.Button, new() { Name = "保存复核评分" }).ClickAsync();
        await Assertions.Expect(county.Locator(".alert-danger")).ToContainTextAsync("扣分须说明理由");
        await county.GetByLabel("复核1.1").FillAsync("8");
        await county.GetByLabel("说明1.1").FillAsync("清理工作未按期完成，扣2分");
        await county.GetByRole(AriaRole.Button, new() { Name = "保存复核评分" }).ClickAsync();
        await county.GetByRole(AriaRole.Button, new() { Name = "完成复核" }).ClickAsync();
        await Assertions.Expect(county.Locator("#status")).ToContainTextAsync("复核完成");
        await Assertions.Expect(county.Locator("#sheet tr[data-code='1.1']"))
            .ToContainTextAsync("复核：清理工作未按期完成，扣2分");
        await Assertions.Expect(county.Locator("#sheet tr[data-code='1.2']")).ToContainTextAsync("负责人出庭应诉率");
        await county.GotoAsync(system);
        var row = county.Locator("#ranking tr", new() { HasText = "清河县公安局" });
        await Assertions.Expect(row).ToContainTextAsync("（复核分）");
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("1");
    }
}
