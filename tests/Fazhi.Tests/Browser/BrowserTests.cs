using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Fazhi.Tests.Browser;

/// <summary>Real Chromium (Debian's) against the application on Kestrel with the demo county.</summary>
public class BrowserTests
{
    sealed class KestrelApp : TestApp
    {
        public KestrelApp() { UseKestrel(0); }
        protected override void ConfigureWebHost(IWebHostBuilder b) { base.ConfigureWebHost(b); b.UseUrls("http://127.0.0.1:0"); }
    }

    static async Task<(KestrelApp App, IPlaywright Pw, IBrowser Browser, string Url)> StartAsync()
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
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return (app, pw, browser, app.ClientOptions.BaseAddress.ToString().TrimEnd('/'));
    }

    static async Task<IPage> LoginAsync(IBrowser browser, string url, string user)
    {
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(url + "/account/login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", Fazhi.Features.Demo.DemoCounty.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url + "/");
        return page;
    }

    [Fact]
    public async Task A_department_clerk_does_not_see_another_departments_case()
    {
        var (app, pw, browser, url) = await StartAsync();
        await using var _ = app;
        using var __ = pw;
        var marketCase = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.ReconsiderationCases.Where(c => c.RespondentUnit!.Name == "清河县市场监督管理局")));
        var page = await LoginAsync(browser, url, "gaj");
        await page.GotoAsync(url + "/reconsideration?q=" + Uri.EscapeDataString(marketCase.CaseNumber));
        await Assertions.Expect(page.Locator("#cases")).Not.ToContainTextAsync(marketCase.CaseNumber);
        var response = await page.Context.APIRequest.GetAsync(url + "/reconsideration/" + marketCase.Id);
        Assert.Equal(404, response.Status);
    }
}
