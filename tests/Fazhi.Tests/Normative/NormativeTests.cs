using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fazhi.Tests.ApiJson;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Normative;

namespace Fazhi.Tests.Normative;

/// <summary>行政规范性文件: refused deliberation before its reviews, numbered by the platform at issue, filed within the
/// region's period (the last day moved off a weekend), found in the public library by two characters, counted in
/// the filing figures; out of the library once repealed in a cleanup.</summary>
public class NormativeTests
{
    static Task<int> UnitAsync(TestApp app, string name) =>
        app.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    static async Task<JsonElement> LibraryAsync(HttpClient anyone, string q) =>
        await JsonAsync(await anyone.GetAsync($"/api/normative/library?q={Uri.EscapeDataString(q)}"));

    [Theory, BothStores]
    public async Task A_document_is_reviewed_numbered_published_filed_and_found_by_two_characters(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var county = await UnitAsync(app, "清河县人民政府");
        var d = await JsonAsync(await sfj.PostAsJsonAsync("/api/normative", new
        {
            unitId = county, title = "清河县犬只养殖管理办法", draftingUnit = "县公安局", registeredOn = "2026-10-08",
            body = "第一条 为规范犬只养殖，保障公民人身安全，制定本办法。\n第二条 烈性犬禁止在城区饲养。",
        }));
        var id = d.GetProperty("id").GetInt32();
        async Task<HttpResponseMessage> Step(string step, string on, string? text = null, bool? passed = null,
            string? reason = null, object? more = null)
        {
            var version = (await JsonAsync(await sfj.GetAsync($"/api/normative/{id}"))).GetProperty("document")
                .GetProperty("version").GetInt32();
            var body = new Dictionary<string, object?>
                { ["version"] = version, ["step"] = step, ["on"] = on, ["text"] = text, ["passed"] = passed,
                  ["reason"] = reason };
            foreach (var p in more?.GetType().GetProperties() ?? []) body[p.Name] = p.GetValue(more);
            return await sfj.PostAsJsonAsync($"/api/normative/{id}/steps", body);
        }
        async Task<string> Refused(Task<HttpResponseMessage> step) =>
            await RefusedAsync(await step, HttpStatusCode.BadRequest);

        var missing = await Refused(Step("Deliberate", "2026-10-09", "会议记录", true));
        Assert.Contains("合法性审核（须审核通过）", missing);
        Assert.Contains("公平竞争审查", missing);
        Assert.Contains("登记、编号、印发", await Refused(Step("Issue", "2026-10-09",
            more: new { prefix = "清政规", publishedAs = "网站", effectiveOn = "2026-11-20", until = "2028-11-19" })));
        await JsonAsync(await Step("SendForLegality", "2026-10-09"));
        await JsonAsync(await Step("LegalityOpinion", "2026-10-16", "合法", true));
        Assert.Contains("无需公平竞争审查的理由", await Refused(Step("ExemptFairCompetition", "2026-10-16")));
        await JsonAsync(await Step("ExemptFairCompetition", "2026-10-16", reason: "不涉及市场主体经济活动"));
        await JsonAsync(await Step("Deliberate", "2026-10-30", "县政府常务会议审议通过", true));
        Assert.Contains("不超过5年", await Refused(Step("Issue", "2026-11-20", more: new
            { prefix = "清政规", publishedAs = "清河县人民政府门户网站", effectiveOn = "2026-11-20", until = "2031-11-20" })));
        Assert.Contains("机关代字", await Refused(Step("Issue", "2026-11-20", more: new
            { prefix = "QZG", publishedAs = "清河县人民政府门户网站", effectiveOn = "2026-11-20", until = "2031-11-19" })));
        var issued = await JsonAsync(await Step("Issue", "2026-11-20", more: new
            { prefix = "清政规", publishedAs = "清河县人民政府门户网站", effectiveOn = "2026-11-20", until = "2031-11-19" }));
        Assert.Equal("清政规〔2026〕1号", issued.GetProperty("number").GetString());
        Assert.StartsWith("149901-2026-", issued.GetProperty("registrationNumber").GetString());

        // 30 days from 2026-11-20 end on Sunday 2026-12-20, so the period runs to Monday 2026-12-21.
        var detail = await JsonAsync(await sfj.GetAsync($"/api/normative/{id}"));
        Assert.Equal("2026-12-21", detail.GetProperty("filing").GetProperty("due").GetString());

        var anyone = app.CreateClient();
        var found = await LibraryAsync(anyone, "烈性");
        var hit = Assert.Single(found.GetProperty("hits").EnumerateArray());
        Assert.Equal(id, hit.GetProperty("id").GetInt32());
        Assert.Equal("烈性", hit.GetProperty("snippet").GetProperty("match").GetString());
        Assert.Contains("犬禁止在城区饲养", hit.GetProperty("snippet").GetProperty("after").GetString());
        Assert.Equal(0, (await LibraryAsync(anyone, "烈性猫")).GetProperty("total").GetInt32());
        Assert.Contains("2至50个字", await RefusedAsync(await anyone.GetAsync("/api/normative/library?q=犬"),
            HttpStatusCode.BadRequest));
        var page = await anyone.GetStringAsync($"/library?q={Uri.EscapeDataString("犬只养殖")}");
        Assert.Contains("<mark>犬只养殖</mark>", page);

        await JsonAsync(await Step("File", "2026-11-26", more: new { filedWith = "云岭市人民政府" }));
        var filed = await JsonAsync(await sfj.GetAsync($"/api/normative/{id}"));
        Assert.True(filed.GetProperty("document").GetProperty("filedInTime").GetBoolean());
        Assert.Equal("按期完成", filed.GetProperty("filing").GetProperty("state").GetString());

        var gaj = await app.ClientForAsync("gaj");
        await RefusedAsync(await gaj.GetAsync($"/api/normative/{id}"), HttpStatusCode.NotFound);
        await RefusedAsync(await sfj.PostAsJsonAsync($"/api/normative/{id}/steps",
            new { version = 0, step = "Correct", on = "2026-11-26", text = "x" }), HttpStatusCode.Conflict);
    }

    [Theory, BothStores]
    public async Task Filing_figures_count_the_year_s_documents_and_state_what_they_divide(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var figures = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2025")).RootElement
            .GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        var issued = await app.QueryAsync(db => db.Set<NormativeDocument>()
            .Where(x => x.IssuedOn!.Value.Year == 2025).ToListAsync());
        decimal Value(string key) => figures[key].GetProperty("value").GetDecimal();
        Assert.Equal(issued.Count, Value("normative.issued"));
        Assert.Equal(issued.Count(x => x.FiledOn != null), Value("normative.filed"));
        // The demo's department document was filed 55 days after publication and corrected after review.
        Assert.Contains(issued, x => x.FiledInTime == false && x.CorrectedOn != null);
        Assert.Equal(Math.Round(100m * issued.Count(x => x.FiledInTime == true) / issued.Count(x => x.FiledOn != null),
            2), Value("normative.timely_rate"));
        Assert.Equal(100m, Value("normative.correction_rate"));
        Assert.Contains("÷ 已报备的", figures["normative.timely_rate"].GetProperty("definition").GetString());
    }

    [Theory, BothStores]
    public async Task A_region_s_own_filing_period_applies_to_its_units(string provider)
    {
        var setup = new TestApp(provider);
        setup.Settings["Normative:Filing:0:Region"] = "1499";
        setup.Settings["Normative:Filing:0:Days"] = "15";
        setup.Settings["Normative:Filing:0:Basis"] = "《云岭市行政规范性文件管理办法》第20条";
        await using var app = await setup.WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var dust = await app.QueryAsync(db => db.Set<NormativeDocument>().IgnoreQueryFilters()
            .SingleAsync(x => x.Title == "清河县建筑工地扬尘污染防治管理规定"));
        var filing = (await JsonAsync(await sfj.GetAsync($"/api/normative/{dust.Id}"))).GetProperty("filing");
        Assert.Equal("已超期", filing.GetProperty("state").GetString());
        Assert.Contains("第20条", filing.GetProperty("legalBasis").GetString());
    }

    [Theory, BothStores]
    public async Task A_cleanup_repeals_a_document_with_its_reason_and_the_library_no_longer_finds_it(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var anyone = app.CreateClient();
        Assert.Equal(0, (await LibraryAsync(anyone, "古树名木")).GetProperty("total").GetInt32()); // repealed in demo
        Assert.Equal(1, (await LibraryAsync(anyone, "小作坊")).GetProperty("total").GetInt32());
        var workshop = await app.QueryAsync(db => db.Set<NormativeDocument>().IgnoreQueryFilters()
            .SingleAsync(x => x.Title == "清河县食品小作坊登记管理办法"));
        var campaign = (await JsonAsync(await sfj.GetAsync("/api/normative/cleanups"))).EnumerateArray().First();
        var url = $"/api/normative/cleanups/{campaign.GetProperty("id")}";
        var version = campaign.GetProperty("version").GetInt32();
        Assert.Contains("清理理由", await RefusedAsync(await sfj.PostAsJsonAsync($"{url}/verdicts",
            new { version, documentId = workshop.Id, verdict = "Repeal" }), HttpStatusCode.BadRequest));
        Assert.Contains("请选择您数据权限内的人民政府", await RefusedAsync(await (await app.ClientForAsync("scj"))
            .PostAsJsonAsync("/api/normative/cleanups", new
            {
                unitId = await UnitAsync(app, "清河县人民政府"), title = "清理", startedOn = "2026-11-26",
            }), HttpStatusCode.BadRequest));
        var judged = await JsonAsync(await sfj.PostAsJsonAsync($"{url}/verdicts",
            new { version, documentId = workshop.Id, verdict = "Repeal", reason = "已被新的省级规定取代" }));
        Assert.Contains("废止2件", judged.GetProperty("summary").GetString());
        Assert.Equal(0, (await LibraryAsync(anyone, "小作坊")).GetProperty("total").GetInt32());
        var after = await JsonAsync(await sfj.GetAsync($"/api/normative/{workshop.Id}"));
        Assert.Equal("Repealed", after.GetProperty("document").GetProperty("state").GetString());
        Assert.Contains("已作出清理结论", await RefusedAsync(await sfj.PostAsJsonAsync($"{url}/verdicts", new
        {
            version = judged.GetProperty("version").GetInt32(), documentId = workshop.Id, verdict = "Keep",
            reason = "x",
        }), HttpStatusCode.BadRequest));
        var closed = await JsonAsync(await sfj.PostAsJsonAsync($"{url}/close",
            new { version = judged.GetProperty("version").GetInt32(), closedOn = "2026-11-26" }));
        Assert.Equal("2026-11-26", closed.GetProperty("closedOn").GetString());
    }
}
