using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Fazhi.Tests.Enforcement;

/// <summary>A penalty case handled through the API and pages as an agency would: registered with two certified
/// officers, refused a decision until 法制审核 passes, served and published, its records archived — and counted
/// in the figures, inside the caller's scope only.</summary>
public class CaseTests
{
    const string Api = "/api/enforcement/cases";

    sealed record Agency(int PowerId, int[] Officers);

    static Task<Agency> AgencyAsync(TestApp app, string name) => app.QueryAsync(async db =>
    {
        var today = DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime).AddDays(120);
        var power = await db.EnforcementPowers.IgnoreQueryFilters()
            .Where(p => p.Unit!.Name == name && p.Kind == PowerKind.Penalty).Select(p => p.Id).FirstAsync();
        var officers = await db.EnforcementOfficers.IgnoreQueryFilters()
            .Where(o => o.Unit!.Name == name && o.Status == OfficerStatus.Active && o.CertificateValidUntil > today)
            .Select(o => o.Id).Take(2).ToArrayAsync();
        return new Agency(power, officers);
    });

    static string Day(TestApp app, int offset) =>
        DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime).AddDays(offset).ToString("yyyy-MM-dd");

    static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    static int Version(JsonElement c) => (c.TryGetProperty("case", out var inner) ? inner : c)
        .GetProperty("version").GetInt32();

    static async Task<JsonElement> RegisterAsync(HttpClient http, TestApp app, Agency a, string number,
        string? ground = null) =>
        await OkAsync(await http.PostAsJsonAsync(Api, new
        {
            number, powerId = a.PowerId, partyKind = "Organisation", partyName = "清河县某食品有限公司",
            partyCode = Fazhi.Kernel.Units.NationalCodes.WithCreditCheck("91149901MA0000009"),
            facts = "销售超过保质期的食品", filedOn = Day(app, -30), handlerIds = a.Officers, reviewGround = ground,
        }));

    static async Task<IReadOnlyList<Figure>> FiguresAsync(TestApp app)
    {
        IReadOnlyList<Figure> figures = [];
        await app.WithSystemScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<FigureService>();
            var root = await sp.GetRequiredService<FazhiDb>().Units.OrderBy(u => u.Id).FirstAsync();
            figures = await service.AllAsync(
                await service.ScopeAsync(root.Id, app.Clock.GetLocalNow().Year, default), default);
        });
        return figures;
    }

    [Theory, BothStores]
    public async Task A_penalty_waits_for_legal_review_then_is_served_published_and_counted(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        app.Clock.Set("2026-11-26");
        var police = await AgencyAsync(app, "清河县公安局");
        var http = await app.ClientForAsync("gaj");
        var before = await FiguresAsync(app);
        var c = await RegisterAsync(http, app, police, "清公罚〔2026〕901号", "PublicInterest");
        var id = c.GetProperty("id").GetInt32();
        Assert.True(c.GetProperty("legalReviewRequired").GetBoolean());
        c = await OkAsync(await http.PostAsJsonAsync($"{Api}/{id}/notice",
            new { version = Version(c), on = Day(app, -20), hearingNotified = false }));
        var refused = await http.PostAsJsonAsync($"{Api}/{id}/decision",
            new { version = Version(c), decidedOn = Day(app, -9), outcome = "Penalised", sorts = new[] { "Fine" },
                amount = 3000 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("未经法制审核不得作出决定", await refused.Content.ReadAsStringAsync());
        c = await OkAsync(await http.PostAsJsonAsync($"{Api}/{id}/legal-review",
            new { version = Version(c), on = Day(app, -10), reviewer = "赵法审", passed = true }));
        var decided = await OkAsync(await http.PostAsJsonAsync($"{Api}/{id}/decision",
            new { version = Version(c), decidedOn = Day(app, -9), outcome = "Penalised",
                sorts = new[] { "Warning", "Fine" }, amount = 3000, standardId = await BandAsync(app, police) }));
        c = await OkAsync(await http.PostAsJsonAsync($"{Api}/{id}/delivery",
            new { version = Version(decided), on = Day(app, -8), onSpot = false }));
        c = await OkAsync(await http.PostAsJsonAsync($"{Api}/{id}/publication",
            new { version = Version(c), on = Day(app, -7), url = "https://www.qinghe.gov.cn/gs/901" }));

        var detail = await OkAsync(await http.GetAsync($"{Api}/{id}"));
        var rules = detail.GetProperty("deadlines").EnumerateArray()
            .Select(d => d.GetProperty("rule").GetString()).ToList();
        Assert.Equal(["enforcement.penalty_decision", "enforcement.penalty_delivery", "enforcement.publicity_penalty",
            "enforcement.fine_payment"], rules);
        var kinds = detail.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString());
        Assert.Equal(["立案", "告知", "法制审核", "决定", "送达", "公示"], kinds);

        var after = await FiguresAsync(app);
        Figure Of(IReadOnlyList<Figure> f, string key) => f.Single(x => x.Key == key);
        foreach (var key in new[] { "enforcement.cases.legal_review_rate", "enforcement.cases.publicity_on_time_rate" })
        {
            Assert.Equal(Of(before, key).Numerator + 1, Of(after, key).Numerator);
            Assert.Equal(Of(before, key).Denominator + 1, Of(after, key).Denominator);
        }
        Assert.Equal(Of(before, "enforcement.cases.penalty").Value + 1, Of(after, "enforcement.cases.penalty").Value);
    }

    static Task<int> BandAsync(TestApp app, Agency a) => app.QueryAsync(db => db.PowerStandards.IgnoreQueryFilters()
        .Where(s => s.PowerId == a.PowerId && s.Kind == StandardKind.Band && s.MinAmount <= 3000 && s.MaxAmount >= 3000)
        .Select(s => s.Id).FirstAsync());

    [Theory, BothStores]
    public async Task A_clerk_works_only_the_cases_of_its_own_agency(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var market = await AgencyAsync(app, "清河县市场监督管理局");
        var marketCase = await RegisterAsync(await app.ClientForAsync("scj"), app, market, "清市监罚〔2026〕901号");
        var id = marketCase.GetProperty("id").GetInt32();
        var police = await app.ClientForAsync("gaj");
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"{Api}/{id}")).StatusCode);
        var notified = await police.PostAsJsonAsync($"{Api}/{id}/notice",
            new { version = Version(marketCase), on = Day(app, -20), hearingNotified = false });
        Assert.Equal(HttpStatusCode.NotFound, notified.StatusCode);
        // Another agency's power is not in the clerk's list at all.
        var foreign = await police.PostAsJsonAsync(Api, new
        {
            number = "清公罚〔2026〕902号", powerId = market.PowerId, partyKind = "Person", partyName = "张三",
            facts = "无", filedOn = Day(app, -3), handlerIds = market.Officers,
        });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("请从权责清单中选择执法事项", await foreign.Content.ReadAsStringAsync());
        var guest = await app.ClientForAsync("guest");
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.PostAsJsonAsync(Api, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync("sfj")).GetAsync($"{Api}/{id}")).StatusCode);
    }

    [Theory, BothStores]
    public async Task A_record_file_is_kept_with_its_hash_bounded_in_size_and_shown_only_in_scope(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var police = await AgencyAsync(app, "清河县公安局");
        var http = await app.ClientForAsync("gaj");
        var c = await RegisterAsync(http, app, police, "清公罚〔2026〕903号");
        var id = c.GetProperty("id").GetInt32();
        MultipartFormDataContent Form(int version, byte[]? file) => new()
        {
            { new StringContent(version.ToString()), "version" }, { new StringContent("Investigation"), "stage" },
            { new StringContent("AudioVisual"), "form" }, { new StringContent("现场执法记录仪视频"), "title" },
            { new StringContent(Day(app, -1)), "recordedOn" },
            { new ByteArrayContent(file ?? []), "file", "现场.mp4" },
        };
        var tooLarge = await http.PostAsync($"{Api}/{id}/records", Form(Version(c), new byte[20_000_001]));
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("20 MB", await tooLarge.Content.ReadAsStringAsync());
        var missing = await http.PostAsync($"{Api}/{id}/records",
            new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "a.mp4" } });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("缺少表单字段 version", await missing.Content.ReadAsStringAsync());

        var bytes = RandomNumberGenerator.GetBytes(4096);
        var saved = await OkAsync(await http.PostAsync($"{Api}/{id}/records", Form(Version(c), bytes)));
        var record = saved.GetProperty("records").EnumerateArray().Single();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), record.GetProperty("sha256").GetString());
        var url = $"{Api}/records/{record.GetProperty("id").GetInt32()}/file";
        Assert.Equal(bytes, await http.GetByteArrayAsync(url));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("scj")).GetAsync(url)).StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.ProcessRecords.CountAsync(r => r.CaseId == id)));
    }

    [Theory, BothStores]
    public async Task The_case_page_refuses_a_decision_without_review_and_the_ledger_exports_every_case(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var police = await AgencyAsync(app, "清河县公安局");
        var c = await RegisterAsync(await app.ClientForAsync("gaj"), app, police, "清公罚〔2026〕904号", "Complex");
        var url = $"/enforcement/cases/{c.GetProperty("id").GetInt32()}";
        var browser = await app.LoginAsync("gaj");
        var page = await TestApp.PostFormAsync(browser, url, new Dictionary<string, string>
        {
            ["Version"] = Version(c).ToString(), ["Outcome"] = "NotEstablished", ["DecidedOn"] = Day(app, -1),
        }, handler: "Decision");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("未经法制审核不得作出决定", html);
        Assert.Contains("应当法制审核", html);

        var xlsx = await browser.GetByteArrayAsync($"{Api}/export");
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var count = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters()
            .CountAsync(x => x.Unit!.Name == "清河县公安局"));
        Assert.Equal(count, rows.Count);
        Assert.Contains(rows, r => (string)r["案号"] == "清公罚〔2026〕904号" && (string)r["法制审核"] == "应审未审");
    }

    [Theory, BothStores]
    public async Task A_decision_left_unpublished_past_its_period_is_on_the_due_list_and_in_the_missing_figure(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var late = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters().Include(x => x.Unit)
            .Where(x => x.PublicityDue != null && x.PublishedOn == null && x.Status != CaseStatus.Closed)
            .OrderBy(x => x.PublicityDue).FirstOrDefaultAsync());
        Assert.NotNull(late);
        app.Clock.Set(late.PublicityDue!.Value.AddDays(1).ToString("yyyy-MM-dd"));
        var home = await (await app.LoginAsync("sfj")).GetStringAsync("/");
        Assert.Contains(late.Number, home);
        var figures = await FiguresAsync(app);
        var missing = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters().CountAsync(x =>
            x.DecidedOn!.Value.Year == app.Clock.GetLocalNow().Year && x.PublicityDue != null
            && x.PublishedOn == null && x.PublicityDue < late.PublicityDue!.Value.AddDays(1)));
        Assert.Equal(missing, (int)figures.Single(f => f.Key == "enforcement.cases.publicity_missing").Value);
    }

    [Theory, BothStores]
    public async Task An_imported_ledger_with_an_unknown_officer_or_a_bad_code_saves_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var police = await AgencyAsync(app, "清河县公安局");
        var (power, names) = await app.QueryAsync(async db => (
            await db.EnforcementPowers.IgnoreQueryFilters().Where(p => p.Id == police.PowerId).Select(p => p.Name)
                .SingleAsync(),
            await db.EnforcementOfficers.IgnoreQueryFilters().Where(o => police.Officers.Contains(o.Id))
                .Select(o => o.CertificateNumber).ToListAsync()));
        var code = Fazhi.Kernel.Units.NationalCodes.WithCreditCheck("91149901MA0000777");
        Dictionary<string, object?> Row(string number, string officers, string partyCode) => new()
        {
            ["案号"] = number, ["执法单位"] = "清河县公安局", ["执法事项"] = power, ["当事人类型"] = "法人或其他组织",
            ["当事人"] = "清河县某网吧", ["证件号码"] = partyCode, ["立案日期"] = Day(app, -5), ["执法人员"] = officers,
            ["案件事实"] = "接纳未成年人", ["证据"] = "现场笔录", ["法制审核情形"] = null,
        };
        async Task<HttpResponseMessage> UploadAsync(params Dictionary<string, object?>[] rows)
        {
            using var ms = new MemoryStream();
            ms.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
            using var form = new MultipartFormDataContent { { new ByteArrayContent(ms.ToArray()), "file", "台账.xlsx" } };
            return await (await app.ClientForAsync("gaj")).PostAsync($"{Api}/import", form);
        }
        var team = string.Join("、", names);
        var before = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters().CountAsync());
        var bad = await UploadAsync(Row("清公立〔2026〕1号", team, code), Row("清公立〔2026〕2号", "查无此人、" + names[0], code),
            Row("清公立〔2026〕3号", team, code[..17] + (code[17] == '0' ? '1' : '0')));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))
            .ToList();
        Assert.Equal([(3, "执法人员"), (4, "证件号码")], errors);
        Assert.Equal(before, await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters().CountAsync()));

        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(Row("清公立〔2026〕1号", team, code))).StatusCode);
        var imported = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters().Include(c => c.Handlers)
            .SingleAsync(c => c.Number == "清公立〔2026〕1号"));
        Assert.Equal(police.Officers.Order(), imported.Handlers.Select(h => h.OfficerId).Order());
        var timeline = await OkAsync(await (await app.ClientForAsync("gaj")).GetAsync($"{Api}/{imported.Id}"));
        Assert.Equal("立案", timeline.GetProperty("timeline")[0].GetProperty("kind").GetString());
    }
}
