using System.IO.Compression;
using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>The annual report in the browser: the county sees who is late, opens its report whose figures lead to
/// their records, drafts a township's, rewords a part (a changed figure is refused), submits, publishes and downloads
/// it as Word with its figures linked.</summary>
public class AnnualReportBrowserTests
{
    [Fact]
    public async Task The_county_reads_its_linked_report_and_a_township_report_is_drafted_submitted_and_published()
    {
        var (app, pw, browser, url) = await BrowserTests.StartAsync();
        await using var _ = app;
        using var __ = pw;
        var county = await BrowserTests.LoginAsync(browser, url, "sfj");
        await county.GetByRole(AriaRole.Link, new() { Name = "年度报告" }).First.ClickAsync();
        await Assertions.Expect(county.Locator("#late")).ToContainTextAsync("清河县北坪乡人民政府");
        await county.Locator("#roll a", new() { HasText = "清河县人民政府" }).First.ClickAsync();
        await Assertions.Expect(county.Locator("#review")).ToContainTextAsync("必备内容5/5部分，计算不一致0处");
        await Assertions.Expect(county.Locator("#status")).ToContainTextAsync("已公开");
        var figure = county.Locator("#part-Measures a.figure").First;
        var shown = (await figure.TextContentAsync())!.Trim();
        await figure.ClickAsync();
        await Assertions.Expect(county.Locator("#total")).ToHaveTextAsync(shown.TrimEnd('件'));
        await Assertions.Expect(county.Locator("#records")).ToBeVisibleAsync();

        await county.GotoAsync($"{url}/report");
        await county.GetByLabel("起草清河县北坪乡人民政府").ClickAsync();
        await Assertions.Expect(county.Locator("#status")).ToContainTextAsync("逾期未报送");
        await county.Locator("#part-Other summary").ClickAsync();
        await county.Locator("#edit-Other textarea").FillAsync("本年度无其他需要报告的事项。");
        await county.Locator("#edit-Other").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(county.Locator("#part-Other p")).ToHaveTextAsync("本年度无其他需要报告的事项。");
        await county.Locator("#part-Measures summary").ClickAsync();
        var measures = county.Locator("#edit-Measures textarea");
        var text = await measures.InputValueAsync();
        var token = System.Text.RegularExpressions.Regex.Match(text, @"=(\d+)件\}\}");
        await measures.FillAsync(text.Remove(token.Index, token.Length)
            .Insert(token.Index, $"={int.Parse(token.Groups[1].Value) + 1}件}}}}"));
        await county.Locator("#edit-Measures").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(county.Locator("#error")).ToContainTextAsync("不能在报告中修改");

        await county.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Assertions.Expect(county.Locator("#status")).ToContainTextAsync("逾期报送");
        await county.FillAsync("#publish-url", "https://www.qinghe.gov.cn/bpx/fzzf2025.html");
        await county.GetByRole(AriaRole.Button, new() { Name = "登记公开" }).ClickAsync();
        await Assertions.Expect(county.Locator("#status")).ToContainTextAsync("已公开");
        var download = await county.RunAndWaitForDownloadAsync(() => county.Locator("#docx").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"fazhi-report-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(saved);
        using (var zip = ZipFile.OpenRead(saved))
        using (var rels = new StreamReader(zip.GetEntry("word/_rels/document.xml.rels")!.Open()))
            Assert.Contains($"{url}/figures/records?key=", await rels.ReadToEndAsync());
        File.Delete(saved);
    }
}
