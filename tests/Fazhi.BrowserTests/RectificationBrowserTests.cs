using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>督察整改 in the browser: the coordinator records an inspection and its findings and gives two of them,
/// merged, to 县公安局; the police clerk records measures and evidence and asks for 销号; the coordinator closes the
/// item and the list's closure rate moves.</summary>
public class RectificationBrowserTests
{
    [Fact]
    public async Task An_inspections_findings_are_given_to_a_unit_rectified_and_closed()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var coordinator = await BrowserTests.LoginAsync(browser, url, "sfj");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "督察整改" }).First.ClickAsync();
        await Assertions.Expect(coordinator.Locator("#oversights")).ToContainTextAsync("已销号7/10项（70%）");
        await Assertions.Expect(coordinator.Locator("#oversights")).ToContainTextAsync("逾期2项");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "登记督察" }).ClickAsync();
        await coordinator.FillAsync("#Title", "执法领域专项督导检查");
        await coordinator.SelectOptionAsync("#Kind", "督导检查");
        await coordinator.SelectOptionAsync("#UnitId", new SelectOptionValue { Label = "清河县人民政府" });
        await coordinator.FillAsync("#Scope", "县公安局、县市场监督管理局执法工作");
        await coordinator.FillAsync("#Inspectors", "县司法局执法监督科");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#counts")).ToContainTextAsync("发现问题0个");

        await coordinator.FillAsync("#findings-text", "1.执法记录仪使用率低\n2.案卷归档不及时\n3.罚没款票据管理不规范");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "登记问题" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#findings")).ToContainTextAsync("案卷归档不及时");
        await coordinator.CheckAsync("#finding-1");
        await coordinator.CheckAsync("#finding-2");
        await coordinator.CheckAsync("#merge");
        await coordinator.SelectOptionAsync("#unitId", new SelectOptionValue { Label = "清河县公安局" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "列入整改清单并交办" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#items")).ToContainTextAsync("执法记录仪使用率低；案卷归档不及时");
        await Assertions.Expect(coordinator.Locator("#findings")).ToContainTextAsync("第1项");
        await Assertions.Expect(coordinator.Locator("#progress")).ToContainTextAsync("已销号0/1项（0%）");
        var oversightUrl = coordinator.Url;

        var clerk = await BrowserTests.LoginAsync(browser, url, "gaj");
        await clerk.GotoAsync(url + "/rectification");
        await clerk.Locator("#items a", new() { HasText = "执法记录仪使用率低" }).ClickAsync();
        await clerk.FillAsync("#measures-text", "全员配发执法记录仪，每周通报使用情况；案卷办结后7日内归档");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存整改措施" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#measures")).ToContainTextAsync("全员配发执法记录仪");
        var evidence = Path.Combine(Path.GetTempPath(), "整改通报.txt");
        await File.WriteAllTextAsync(evidence, "执法记录仪使用情况通报");
        await clerk.SetInputFilesAsync("#evidence-file", evidence);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#evidence")).ToContainTextAsync("整改通报.txt");
        await clerk.FillAsync("#submit-text", "整改完成，通报和归档台账已上传");
        await clerk.Locator("#step-submit button[type=submit]").ClickAsync();
        await clerk.Locator("#confirm-dialog").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#status")).ToContainTextAsync("待销号审核");
        await Assertions.Expect(clerk.Locator("#step-review")).ToHaveCountAsync(0);

        await coordinator.GotoAsync(oversightUrl);
        await coordinator.Locator("#items a", new() { HasText = "执法记录仪使用率低" }).ClickAsync();
        await coordinator.FillAsync("#extend-due", "2027-06-30");
        await coordinator.FillAsync("#extend-reason", "待全县执法记录仪采购到位后复查");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "延期整改" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#deadlines"))
            .ToContainTextAsync("延至2027-06-30（待全县执法记录仪采购到位后复查");
        await coordinator.FillAsync("#review-text", "整改到位");
        await coordinator.Locator("#accept").ClickAsync();
        await Assertions.Expect(coordinator.Locator("#status")).ToContainTextAsync("已销号");
        await Assertions.Expect(coordinator.Locator("#timeline")).ToContainTextAsync("申请销号");
        await coordinator.GotoAsync(oversightUrl);
        await Assertions.Expect(coordinator.Locator("#progress")).ToContainTextAsync("已销号1/1项（100%）");
    }
}
