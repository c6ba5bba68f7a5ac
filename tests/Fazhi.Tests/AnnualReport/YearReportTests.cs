using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Tests.ApiJson;

namespace Fazhi.Tests.AnnualReport;

/// <summary>The annual report: drafted for any unit and year from its figures, with all five parts and no arithmetic
/// error by the platform's own reviewer; its figures linked in HTML and .docx; prose edited but no figure; submitted
/// and published by the unit, the late ones listed; each unit seeing only its own.</summary>
public class YearReportTests
{
    [Theory, BothStores]
    public async Task The_countys_report_is_whole_linked_and_the_late_units_are_listed(string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var roll = (await JsonAsync(await sfj.GetAsync("/api/report?year=2025"))).EnumerateArray().ToList();
        Assert.Equal(41, roll.Count); // the county, its 30 departments and 10 townships
        var late = roll.Where(r => r.GetProperty("late").GetBoolean()).ToList();
        Assert.Contains(late, r => r.GetProperty("state").GetString() == "逾期未报送");
        Assert.All(late.Where(r => r.GetProperty("submittedOn").ValueKind != JsonValueKind.Null),
            r => Assert.True(DateOnly.Parse(r.GetProperty("submittedOn").GetString()!)
                > DateOnly.Parse(r.GetProperty("dueOn").GetString()!)));
        var county = roll.Single(r => r.GetProperty("unit").GetString() == "清河县人民政府");
        Assert.Equal(("2026-03-31", "已公开"), (county.GetProperty("dueOn").GetString(),
            county.GetProperty("state").GetString()));

        var id = county.GetProperty("reportId").GetInt32();
        var report = await JsonAsync(await sfj.GetAsync($"/api/report/{id}"));
        var review = report.GetProperty("review");
        Assert.All(review.GetProperty("parts").EnumerateArray(),
            p => Assert.True(p.GetProperty("present").GetBoolean()));
        Assert.DoesNotContain(review.GetProperty("arithmetic").EnumerateArray(),
            c => c.GetProperty("verdict").GetString() is "Inconsistent" or "ConsistentButTruncated");
        // Every figure the text shows is the figure the statistics page gives for the county and year.
        var figures = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2025")).RootElement
            .GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        var measures = report.GetProperty("parts")[0];
        Assert.NotEqual(0, measures.GetProperty("figures").GetArrayLength());
        foreach (var f in measures.GetProperty("figures").EnumerateArray())
            Assert.Equal(figures[f.GetProperty("key").GetString()!].GetProperty("numerator").GetRawText(),
                f.GetProperty("numerator").GetRawText());
        var received = figures["reconsideration.cases_received"].GetProperty("value").GetDecimal();
        Assert.Contains($"全年共办理行政复议案件{received:0}件", measures.GetProperty("text").GetString());

        var html = await sfj.GetStringAsync($"/api/report/{id}/html");
        Assert.Contains("data-key=\"reconsideration.cases_received\" href=\"/figures/records?key=" +
            "reconsideration.cases_received&amp;part=records&amp;unit=", html);
        var docx = await sfj.GetByteArrayAsync($"/api/report/{id}/docx");
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var rels = new StreamReader(zip.GetEntry("word/_rels/document.xml.rels")!.Open());
        Assert.Contains("/figures/records?key=reconsideration.cases_received", await rels.ReadToEndAsync());
        using var body = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await body.ReadToEndAsync();
        Assert.Contains("仿宋_GB2312", xml);
        Assert.Contains("w:hyperlink", xml);
        // Chromium on the server prints the page to PDF; its figures stay links to their records.
        var pdf = await sfj.GetAsync($"/api/report/{id}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var printed = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(printed.GetPages().SelectMany(p => p.GetHyperlinks()), link =>
            link.Uri.StartsWith("http://localhost/figures/records?key=reconsideration.cases_received"));

        var gaj = await app.ClientForAsync("gaj");
        await RefusedAsync(await gaj.GetAsync($"/api/report/{id}"), HttpStatusCode.NotFound);
        Assert.Single((await JsonAsync(await gaj.GetAsync("/api/report?year=2025"))).EnumerateArray());
    }

    [Theory, BothStores]
    public async Task A_unit_drafts_edits_the_words_not_the_figures_submits_and_publishes(string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var police = await app.QueryAsync(db => db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id)
            .SingleAsync());
        var gaj = await app.ClientForAsync("gaj");
        Assert.Contains("报告年度应为本年或以前年度", await RefusedAsync(await gaj.PostAsJsonAsync("/api/report",
            new { unitId = police, year = 2027 }), HttpStatusCode.BadRequest));
        var report = await JsonAsync(await gaj.PostAsJsonAsync("/api/report", new { unitId = police, year = 2026 }));
        var id = report.GetProperty("id").GetInt32();
        Assert.Equal("2027-02-28", report.GetProperty("dueOn").GetString()); // a department: before 1 March
        Assert.Contains("已起草", await RefusedAsync(await gaj.PostAsJsonAsync("/api/report",
            new { unitId = police, year = 2026 }), HttpStatusCode.BadRequest));
        var scj = await app.ClientForAsync("scj");
        await RefusedAsync(await scj.GetAsync($"/api/report/{id}"), HttpStatusCode.NotFound);

        var measures = report.GetProperty("parts")[0].GetProperty("editable").GetString()!;
        var token = System.Text.RegularExpressions.Regex.Match(measures, @"\{\{litigation\.cases_received=(\d+)件\}\}");
        Assert.True(token.Success, measures);
        var changed = measures.Replace(token.Value, $"{{{{litigation.cases_received={int.Parse(token.Groups[1].Value)
            + 1}件}}}}");
        Assert.Contains("不能在报告中修改", await RefusedAsync(await gaj.PutAsJsonAsync(
            $"/api/report/{id}/parts/Measures", new { version = report.GetProperty("version").GetInt32(),
                text = changed }), HttpStatusCode.BadRequest));
        report = await JsonAsync(await gaj.PutAsJsonAsync($"/api/report/{id}/parts/Other", new
        {
            version = report.GetProperty("version").GetInt32(), text = "本年度无其他需要报告的事项。",
        }));
        Assert.Equal("本年度无其他需要报告的事项。", report.GetProperty("parts")[4].GetProperty("text").GetString());
        Assert.Contains("不能为空", await RefusedAsync(await gaj.PutAsJsonAsync($"/api/report/{id}/parts/Other", new
        {
            version = report.GetProperty("version").GetInt32(), text = " ",
        }), HttpStatusCode.BadRequest));

        Assert.Contains("报送后才能登记公开", await RefusedAsync(await gaj.PostAsJsonAsync($"/api/report/{id}/publish",
            new { version = report.GetProperty("version").GetInt32(), url = "https://www.qinghe.gov.cn/a.html",
                publishedOn = "2026-11-26" }), HttpStatusCode.BadRequest));
        report = await JsonAsync(await gaj.PostAsJsonAsync($"/api/report/{id}/submit",
            new { version = report.GetProperty("version").GetInt32() }));
        Assert.Equal("已报送", report.GetProperty("state").GetString());
        Assert.Contains("报告已报送", await RefusedAsync(await gaj.PutAsJsonAsync($"/api/report/{id}/parts/Other",
            new { version = report.GetProperty("version").GetInt32(), text = "无。" }), HttpStatusCode.BadRequest));
        Assert.Contains("网址", await RefusedAsync(await gaj.PostAsJsonAsync($"/api/report/{id}/publish", new
        {
            version = report.GetProperty("version").GetInt32(), url = "javascript:alert(1)", publishedOn = "2026-11-26",
        }), HttpStatusCode.BadRequest));
        report = await JsonAsync(await gaj.PostAsJsonAsync($"/api/report/{id}/publish", new
        {
            version = report.GetProperty("version").GetInt32(), url = "https://www.qinghe.gov.cn/gaj/fzzf2026.html",
            publishedOn = "2026-11-26",
        }));
        Assert.Equal(("已公开", "https://www.qinghe.gov.cn/gaj/fzzf2026.html"), (report.GetProperty("state")
            .GetString(), report.GetProperty("publicationUrl").GetString()));
    }
}
