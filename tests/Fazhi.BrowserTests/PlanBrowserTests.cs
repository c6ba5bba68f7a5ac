using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>实施方案 in the browser: the 司法局 imports 天镇's plan, seeing what was recognised first, resolving a
/// name and adding a target; the market regulator reports progress on its task with evidence.</summary>
public class PlanBrowserTests
{
    [Fact]
    public async Task A_coordinator_imports_a_plan_resolves_its_names_and_a_lead_unit_reports_progress()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, "sfj");
        await page.GetByRole(AriaRole.Link, new() { Name = "实施方案" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "导入实施方案" }).ClickAsync();
        await page.SetInputFilesAsync("#file",
            Path.Combine(AppContext.BaseDirectory, "Seeds", "tianzhen-2022-implementation-plan.txt"));
        await page.SelectOptionAsync("#unit", new SelectOptionValue { Label = "清河县人民政府" });
        await page.GetByRole(AriaRole.Button, new() { Name = "识别" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview-summary")).ToContainTextAsync("识别出 32 项任务");
        await Assertions.Expect(page.Locator("#preview-tasks tbody tr")).ToHaveCountAsync(32);
        var office = page.Locator("#resolve > div", new() { HasText = "县委编办" }).Locator("select");
        await office.SelectOptionAsync(new SelectOptionValue { Label = "清河县人民政府办公室" });
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("天镇县贯彻落实");
        await Assertions.Expect(page.Locator("#tasks tbody tr")).ToHaveCountAsync(32);
        await Assertions.Expect(page.Locator("#tasks tbody tr", new() { HasText = "协同推进政府机构职能转变" }))
            .ToContainTextAsync("清河县人民政府办公室");
        var pending = page.Locator("#pending-names form", new() { HasText = "县纪委监委" });
        await pending.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "清河县审计局" });
        await pending.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("“县纪委监委”确认为清河县审计局");
        await Assertions.Expect(page.Locator("#pending-names")).Not.ToContainTextAsync("县纪委监委");

        // The coordinator adds a target to a task, then drops it again after the dialog.
        await page.Locator("#tasks tbody tr", new() { HasText = "协同推进政府机构职能转变" }).Locator("a").First
            .ClickAsync();
        var adding = page.Locator("#targets-form form").Last;
        await adding.Locator("input[name=dueOn]").FillAsync("2026-12-31");
        await adding.Locator("input[name=text]").FillAsync("年底前完成职能转变情况评估");
        await adding.GetByRole(AriaRole.Button, new() { Name = "新增" }).ClickAsync();
        await Assertions.Expect(page.Locator("#targets")).ToContainTextAsync("2026-12-31：年底前完成职能转变情况评估");
        var added = page.Locator("#targets-form form",
            new() { Has = page.Locator("input[value='年底前完成职能转变情况评估']") });
        await added.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await page.Locator("#confirm-ok").ClickAsync();
        await Assertions.Expect(page.Locator("#targets")).Not.ToContainTextAsync("职能转变情况评估");

        var clerk = await BrowserTests.LoginAsync(browser, url, "scj");
        await clerk.GotoAsync(url + "/plans");
        await clerk.Locator("#own-tasks a", new() { HasText = "双随机" }).ClickAsync();
        await clerk.FillAsync("#percent-input", "70");
        await clerk.FillAsync("#text", "已完成本季度抽查并公示结果");
        await clerk.SetInputFilesAsync("#evidence", new FilePayload
        {
            Name = "公示截图.png", MimeType = "image/png", Buffer = "PNG"u8.ToArray(),
        });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#reports tbody tr").First).ToContainTextAsync("70%");
        await Assertions.Expect(clerk.Locator("#reports tbody tr").First).ToContainTextAsync("公示截图.png");
        await Assertions.Expect(clerk.Locator("#percent")).ToContainTextAsync("70%");
    }
}
