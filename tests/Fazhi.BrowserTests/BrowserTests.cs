using Fazhi.Features.Reconsideration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using Fazhi.Tests;

namespace Fazhi.BrowserTests;

/// <summary>Real Chromium (Debian's) against the application on Kestrel with the demo county.</summary>
public class BrowserTests
{
    /// <summary>The browser tests stay on SQLite: they exercise the pages and scripts, and the storage paths under
    /// them run on both providers in Fazhi.Tests ([BothStores]).</summary>
    internal sealed class KestrelApp : TestApp
    {
        public KestrelApp() : base("sqlite") { UseKestrel(0); }
        protected override void ConfigureWebHost(IWebHostBuilder b)
        {
            base.ConfigureWebHost(b);
            b.UseUrls("http://127.0.0.1:0");
        }
    }

    internal static async Task<(KestrelApp App, IPlaywright Pw, IBrowser Browser, string Url)> StartAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        Assert.SkipUnless(File.Exists(chromium), "未安装 Chromium：scripts/test.sh 会安装");
        var app = new KestrelApp();
        await app.WithDemoAsync();
        app.StartServer();
        var pw = await Playwright.CreateAsync();
        var browser = await pw.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium, Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return (app, pw, browser, app.ClientOptions.BaseAddress.ToString().TrimEnd('/'));
    }

    internal static async Task<IPage> LoginAsync(IBrowser browser, string url, string user)
    {
        // The screen the shell is laid out for (a common office laptop), in Chinese, as its users' browsers are.
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        // CI runs the test projects side by side on two cores: allow for a slow page rather than fail on timing.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        await page.GotoAsync(url + "/account/login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", Fazhi.Features.Demo.DemoCounty.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url + "/");
        return page;
    }

    [Fact]
    public async Task A_coordinator_registers_a_case_sees_its_deadline_and_follows_a_figure_to_its_cases()
    {
        var (app, pw, browser, url) = await StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await LoginAsync(browser, url, "sfj");
        await page.GotoAsync(url + "/reconsideration/new");
        await page.FillAsync("#CaseNumber", "清政复〔2026〕777号");
        await page.FillAsync("#Applicants", "浏览器测试人");
        await page.SelectOptionAsync("#UnitId", new SelectOptionValue { Label = "清河县人民政府" });
        await page.SelectOptionAsync("#RespondentUnitId", new SelectOptionValue { Label = "清河县公安局" });
        await page.FillAsync("#ContestedAct", "罚款决定");
        await page.FillAsync("#ReceivedOn", "2026-09-28");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("清政复〔2026〕777号");
        // 5 working days from 09-28 across the National Day holiday end on the 调休 Saturday 10-10.
        await Assertions.Expect(page.Locator("#deadlines")).ToContainTextAsync("2026-10-10");
        await Assertions.Expect(page.Locator("#deadlines")).ToContainTextAsync("第30条");
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(Path.GetTempPath(), "fazhi-case.png"), FullPage = true,
        });

        await page.GotoAsync(url + "/figures?year=2026");
        var received = page.Locator("tr[data-key='reconsideration.cases_received'] td.num a").First;
        var shown = (await received.TextContentAsync())!.Replace("件", "");
        await received.ClickAsync();
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync(shown);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("收到行政复议申请");

        await page.ClickAsync("header button[type=submit]");
        await page.WaitForURLAsync(url + "/account/login");
    }

    [Fact]
    public async Task A_clerk_registers_an_officer_is_told_of_a_wrong_check_digit_and_sees_the_number_masked()
    {
        var (app, pw, browser, url) = await StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await LoginAsync(browser, url, "gaj");
        await page.GotoAsync(url + "/enforcement/officers/new");
        await page.SelectOptionAsync("#UnitId", new SelectOptionValue { Label = "清河县公安局" });
        await page.FillAsync("#Name", "浏览器测试员");
        var id = Fazhi.Kernel.Units.NationalCodes.WithIdCheck("14990119880808123");
        await page.FillAsync("#IdNumber", id[..17] + (id[17] == '1' ? '2' : '1'));
        await page.FillAsync("#CertificateNumber", "BT0001");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("#IdNumber + .invalid-feedback")).ToContainTextAsync("校验位错误");
        await page.FillAsync("#IdNumber", id);
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("浏览器测试员");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(id[..6] + "********" + id[^4..]);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(id);
    }

    [Fact]
    public async Task A_department_clerk_does_not_see_another_departments_case()
    {
        var (app, pw, browser, url) = await StartAsync();
        await using var _ = app;
        using var __ = pw;
        var marketCase = await app.QueryAsync(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.ReconsiderationCases.Where(c => c.RespondentUnit!.Name == "清河县市场监督管理局")));
        var page = await LoginAsync(browser, url, "gaj");
        await page.GotoAsync(url + "/reconsideration?q=" + Uri.EscapeDataString(marketCase.CaseNumber));
        await Assertions.Expect(page.Locator("#cases")).Not.ToContainTextAsync(marketCase.CaseNumber);
        var response = await page.Context.APIRequest.GetAsync(url + "/reconsideration/" + marketCase.Id);
        Assert.Equal(404, response.Status);
    }
    [Fact]
    public async Task A_reviewer_uploads_two_reports_compares_them_and_downloads_the_workbook()
    {
        var (app, pw, browser, url) = await StartAsync();
        await using var _ = app;
        using var __ = pw;
        var page = await LoginAsync(browser, url, "guest");
        await page.GotoAsync(url + "/review");
        var seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");
        string[] reports =
        [
            Path.Combine(seeds, "kaiyang-2023-annual-report.txt"),
            Path.Combine(seeds, "huaihua-2023-annual-report.txt"),
        ];
        await page.SetInputFilesAsync("#files", reports);
        await page.GetByRole(AriaRole.Button, new() { Name = "评议", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("section.review")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#comparison")).ToContainTextAsync("开阳县2023");
        await Assertions.Expect(page.Locator("#comparison")).ToContainTextAsync("怀化市2023");
        await Assertions.Expect(page.Locator("section.review").First.Locator("table.checks"))
            .ToContainTextAsync("84.62%");
        await Assertions.Expect(page.Locator("section.review").Nth(1).Locator("table.parts")).ToContainTextAsync("具备");
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(Path.GetTempPath(), "fazhi-review.png"), FullPage = false,
        });

        await page.SetInputFilesAsync("#files", reports);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "下载 Excel" }).ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), $"fazhi-review-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(saved);
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(saved);
        File.Delete(saved);
        Assert.Contains("对比", sheets);
        Assert.Contains("数据", sheets);
    }
}
