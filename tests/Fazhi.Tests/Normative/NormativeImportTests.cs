using System.Net;
using System.Text.Json;
using static Fazhi.Tests.ApiJson;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Features.Normative;

namespace Fazhi.Tests.Normative;

/// <summary>Documents issued before the platform come in from the 台账: all rows or none, every bad cell named by row
/// and column; once in, they are in force and in the library.</summary>
public class NormativeImportTests
{
    static MultipartFormDataContent Sheet(params (string Unit, string Number, string Issued, string Until,
        string Filed, string Body)[] rows)
    {
        var sheet = new MemoryStream();
        sheet.SaveAs(rows.Select(r => new Dictionary<string, object?>
        {
            ["制定机关"] = r.Unit, ["文件名称"] = $"关于{r.Body[..Math.Min(4, r.Body.Length)]}的规定", ["文号"] = r.Number,
            ["起草单位"] = "县司法局",
            ["公布日期"] = r.Issued, ["施行日期"] = r.Issued, ["有效期至"] = r.Until, ["公布载体"] = "政府网站",
            ["报备日期"] = r.Filed, ["备案机关"] = "清河县人民政府", ["正文"] = r.Body,
        }).ToList());
        return new MultipartFormDataContent { { new ByteArrayContent(sheet.ToArray()), "file", "规范性文件台账.xlsx" } };
    }

    [Theory, BothStores]
    public async Task An_import_takes_all_rows_or_names_every_bad_cell_and_what_it_takes_is_searchable(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        const string justice = "清河县司法局";
        var before = await app.QueryAsync(db => db.Set<NormativeDocument>().IgnoreQueryFilters().CountAsync());
        var bad = await sfj.PostAsync("/api/normative/import", Sheet(
            ("不存在的局", "清司规〔2024〕1号", "2024-05-06", "2029-05-05", "", "公共法律服务"),
            (justice, "清司规2024年1号", "2024-05-06", "2029-05-05", "", "公共法律服务"),
            (justice, "清司规〔2024〕01号", "2024-05-06", "2029-05-05", "", "公共法律服务"),
            (justice, "清司规〔2024〕2号", "2024-05-06", "2030-05-06", "", "公共法律服务"),
            (justice, "清司规〔2024〕3号", "2024-05-06", "2029-05-05", "2024-05-01", "公共法律服务"),
            (justice, "清政通〔2024〕2号", "2024-05-06", "2029-05-05", "", "公共法律服务")));
        var errors = JsonDocument.Parse(await RefusedAsync(bad, HttpStatusCode.UnprocessableEntity)).RootElement
            .GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(),
                e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(2, "制定机关"), (3, "文号"), (4, "文号"), (5, "有效期至"), (6, "报备日期"), (7, "文号")], errors);
        Assert.Equal(before, await app.QueryAsync(db => db.Set<NormativeDocument>().IgnoreQueryFilters().CountAsync()));

        var good = await JsonAsync(await sfj.PostAsync("/api/normative/import", Sheet(
            (justice, "清司规[2024]1号", "2024-05-06", "2029-05-05", "2024-05-20", "法律援助值班律师"),
            (justice, "清司规（2024）2号", "2024-06-03", "2029-06-02", "", "人民调解员补贴"),
            (justice, "清司规〔2024〕3号", "2024-07-01", "2029-06-30", "", "值班律师管理"))));
        Assert.Equal(3, good.GetProperty("imported").GetInt32());
        // The one with the words in its title first, then the others.
        var hits = (await JsonAsync(await app.CreateClient()
            .GetAsync($"/api/normative/library?q={Uri.EscapeDataString("值班律师")}"))).GetProperty("hits")
            .EnumerateArray().Select(h => h.GetProperty("number").GetString()).ToList();
        Assert.Equal(["清司规〔2024〕3号", "清司规〔2024〕1号"], hits);
        await RefusedAsync(await (await app.ClientForAsync("guest")).PostAsync("/api/normative/import",
            Sheet((justice, "清司规〔2024〕9号", "2024-05-06", "2029-05-05", "", "x"))), HttpStatusCode.Forbidden);
    }

    /// <summary>A word in more documents than the library counts: "超过1,000", fifty pages to read. A query whose
    /// characters a document holds only apart is not found in it.</summary>
    [Theory, BothStores]
    public async Task A_search_counts_to_a_thousand_pages_through_them_and_finds_the_words_only_together(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var rows = Enumerable.Range(1, NormativeLibrary.Cap + 1).Select(i => ("清河县司法局", $"清司规〔2024〕{i}号",
            "2024-05-06", "2029-05-05", "", i == 1 ? "依照政府法规，市府法治办负责值班律师，第1市第1县" : "值班律师管理")).ToArray();
        Assert.Equal(rows.Length, (await JsonAsync(await sfj.PostAsync("/api/normative/import", Sheet(rows))))
            .GetProperty("imported").GetInt32());
        var anyone = app.CreateClient();
        async Task<JsonElement> Search(string q, int page = 1) => await JsonAsync(await anyone.GetAsync(
            $"/api/normative/library?q={Uri.EscapeDataString(q)}&page={page}"));

        var first = await Search("值班律师");
        Assert.True(first.GetProperty("capped").GetBoolean());
        Assert.Equal("超过1,000", first.GetProperty("totalText").GetString());
        // Title hits, newest first: the last row imported leads.
        Assert.Equal($"清司规〔2024〕{rows.Length}号", first.GetProperty("hits")[0].GetProperty("number").GetString());
        var last = await Search("值班律师", 51);
        Assert.Equal(50, last.GetProperty("page").GetInt32());
        Assert.Equal(NormativeLibrary.PageSize, last.GetProperty("hits").GetArrayLength());
        Assert.Contains("共超过1,000件", await anyone.GetStringAsync($"/library?q={Uri.EscapeDataString("值班律师")}"));

        // "政府法" and "府法治" are both in the first document, "政府法治" is not.
        Assert.Equal(0, (await Search("政府法治")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Search("府法治")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Search("政府法规，市府")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Search("第1市第1县")).GetProperty("total").GetInt32());
    }
}
