using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Fazhi.Features.Reconsideration;

namespace Fazhi.BrowserTests;

/// <summary>The admin shell as each demo role sees it: the sidebar holds what the role may open, every entry opens a
/// page with its breadcrumb and title, and nothing overflows a 1366×768 screen.</summary>
public class ShellTests
{
    static readonly string[] Everyone =
    [
        "工作台", "消息", "行政复议", "行政应诉", "权责清单", "执法人员", "执法案件", "检查对象", "双随机抽查", "案卷评查",
        "重大行政决策", "行政规范性文件", "规范性文件库", "矛盾纠纷化解", "实施方案", "督办", "督察整改", "述法", "考核",
        "统计指标", "年度报告", "报告评议", "期限计算器", "接口文档", "单位树",
    ];
    static readonly string[] AdminOnly = ["用户管理", "角色与数据权限", "审计日志", "登录日志", "定时任务"];

    public static TheoryData<string, bool> Roles => new()
    {
        { "admin", true }, { "sfj", false }, { "gaj", false }, { "scj", false }, { "guest", false },
    };

    [Theory, MemberData(nameof(Roles))]
    public async Task Each_role_sees_its_sidebar_and_every_entry_opens_a_page_that_fits_the_screen(
        string user, bool admin)
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, user);
        var links = page.Locator("#sidebar-menu a.nav-link");
        var titles = (await links.AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(admin ? [.. Everyone, .. AdminOnly] : Everyone, titles);
        Assert.Contains("案件办理", await page.Locator("#sidebar-menu").TextContentAsync());

        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var shots = Path.Combine(Path.GetTempPath(), "fazhi-shell");
        Directory.CreateDirectory(shots);
        foreach (var (href, title) in hrefs.Zip(titles))
        {
            var response = await page.GotoAsync(url + href);
            Assert.Equal(200, response!.Status);
            if (href == "/api/docs") continue; // the API reference is Scalar's own page
            await Assertions.Expect(page.Locator("#sidebar-menu li.active")).ToContainTextAsync(title);
            if (href != "/") await Assertions.Expect(page.Locator("#breadcrumb")).ToContainTextAsync(title);
            await Assertions.Expect(page.Locator("h1.page-title")).Not.ToBeEmptyAsync();
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 1366, $"{href} 在 1366 像素宽的屏幕上出现横向滚动（{width}）");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{user}{href.Replace('/', '-')}.png") });
        }
    }

    [Fact]
    public async Task A_read_only_user_is_offered_no_writing_and_is_refused_the_registration_form()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await BrowserTests.LoginAsync(browser, url, "guest");
        await page.GotoAsync(url + "/reconsideration");
        await Assertions.Expect(page.Locator("text=登记新案件")).ToHaveCountAsync(0);
        await page.Locator("#cases a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#deadlines")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#steps")).ToHaveCountAsync(0);
        await page.GotoAsync(url + "/reconsideration/new");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("没有执行此操作的权限");
    }

    [Fact]
    public async Task A_step_that_ends_a_case_asks_for_confirmation_first()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var open = await app.QueryAsync(db =>
            db.ReconsiderationCases.FirstAsync(c =>
                c.Status == ReconsiderationStatus.Accepted && c.CaseNumber.StartsWith("清政复")));
        var page = await BrowserTests.LoginAsync(browser, url, "sfj");
        await page.GotoAsync(url + $"/reconsideration/{open.Id}");
        var conclude = page.Locator("#step-Conclude");
        await conclude.Locator("input[name=On]").FillAsync(open.AcceptedOn!.Value.AddDays(1).ToString("yyyy-MM-dd"));
        await conclude.Locator("button[type=submit]").ClickAsync();
        var dialog = page.Locator("#confirm-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("审理中");

        await conclude.Locator("button[type=submit]").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("已审结");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("作出维持决定");
    }
}
