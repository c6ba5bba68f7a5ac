using System.Net;
using System.Text.Json;

namespace Fazhi.Tests.ReportReview;

public class ReviewEndpointTests
{
    [Theory, BothStores]
    public async Task The_api_reviews_an_uploaded_report_and_refuses_a_damaged_one(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("guest");
        var seed = File.ReadAllBytes(
            Path.Combine(AppContext.BaseDirectory, "ReportReview", "Seeds", "kaiyang-2023-annual-report.txt"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(seed), "file", "kaiyang.txt" } };
        var response = await http.PostAsync("/api/review", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2023, review.GetProperty("facts").GetProperty("year").GetInt32());
        Assert.Contains(review.GetProperty("checks").EnumerateArray(),
            c => c.GetProperty("verdict").GetString() == "ConsistentButTruncated");
        Assert.Contains(review.GetProperty("figures").EnumerateArray(),
            f => f.GetProperty("key").GetString() == "litigation.loss_rate");

        using var broken = new MultipartFormDataContent
        {
            { new ByteArrayContent([(byte)'P', (byte)'K', 3, 4, 0, 0, 1]), "file", "broken.docx" },
        };
        var refused = await http.PostAsync("/api/review", broken);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Word", await refused.Content.ReadAsStringAsync());
    }

    [Theory, BothStores]
    public async Task A_pdf_is_reviewed_with_its_pages_and_a_scan_is_refused_with_the_reason(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("guest");
        var pdf = File.ReadAllBytes(
            Path.Combine(AppContext.BaseDirectory, "ReportReview", "Fixtures", "county-2023-report.pdf"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "county.pdf" } };
        var response = await http.PostAsync("/api/review", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, review.GetProperty("pageStarts").GetArrayLength());
        Assert.Contains(review.GetProperty("figures").EnumerateArray(),
            f => f.GetProperty("quote").GetString() == "2368.5万元" && f.GetProperty("kind").GetString() == "amount");

        var blank = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        blank.AddPage(595, 842);
        using var scan = new MultipartFormDataContent { { new ByteArrayContent(blank.Build()), "file", "scan.pdf" } };
        var refused = await http.PostAsync("/api/review", scan);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("没有文字层", await refused.Content.ReadAsStringAsync());
    }

    [Theory, BothStores]
    public async Task The_page_shows_the_review_of_pasted_text(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var client = await app.LoginAsync("guest");
        var page = await TestApp.PostFormAsync(client, "/review", new Dictionary<string, string>
        {
            ["text"] = "2023年,某县共办理行政复议案件13件，化解成功11件，化解成功率84.61%。" +
                       "存在的问题：队伍力量不足。下一步，继续加强。",
        });
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("一致但截断", html);
        Assert.Contains("reconsideration.cases_received", html);
        Assert.Contains("/ 100 分", html);
    }
}
