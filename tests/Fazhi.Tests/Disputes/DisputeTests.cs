using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fazhi.Tests.ApiJson;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Features.Disputes;

namespace Fazhi.Tests.Disputes;

/// <summary>矛盾纠纷化解: organisations and mediators registered within the caller's scope; a dispute from receipt to
/// its outcome and 司法确认 within the 30 days of 人民调解法 第33条; the centre's pushed disputes returned or resolved;
/// the figures counted from the cases; the 台账 in and out of Excel, all rows or none.</summary>
public class DisputeTests
{
    static async Task<int> OrganisationAsync(HttpClient http, string name) =>
        (await JsonAsync(await http.GetAsync("/api/disputes/organisations"))).EnumerateArray()
        .Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();

    static object Dispute(int organisation, string receivedOn, string kind = "邻里纠纷", string source = "Party",
        string? reference = null, string parties = "张某与李某") => new
    {
        organisationId = organisation, kind, parties, summary = "因宅基地边界发生争议", receivedOn, source,
        sourceReference = reference,
    };

    static Task<HttpResponseMessage> Step(HttpClient http, JsonElement c, string step, string on, string? text = null,
        bool? confirmed = null) => http.PostAsJsonAsync($"/api/disputes/{c.GetProperty("id")}/steps",
        new { version = c.GetProperty("version").GetInt32(), step, on, text, confirmed });

    [Theory, BothStores]
    public async Task The_demo_years_figures_count_the_cases_by_level_and_the_success_rate_states_its_parts(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var figures = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2025")).RootElement
            .GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        long Value(string key) => (long)figures[key].GetProperty("value").GetDecimal();
        var cases = await app.QueryAsync(db => db.Set<DisputeCase>().Where(c => c.ReceivedOn.Year == 2025)
            .Select(c => new { c.Level, c.Outcome, c.Source, c.Confirmed }).ToListAsync());
        var mediated = cases.Where(c => c.Level != OrganisationLevel.AdministrativeCentre).ToList();
        var resolved = mediated.Count(c => c.Outcome == DisputeOutcome.Resolved);
        Assert.True(mediated.Count > 0 && resolved > 0 && resolved < mediated.Count);
        Assert.Equal(mediated.Count, Value("disputes.cases"));
        Assert.Equal(resolved, Value("disputes.resolved"));
        var rate = figures["disputes.success_rate"];
        Assert.Equal((resolved, mediated.Count), (rate.GetProperty("numerator").GetInt32(),
            rate.GetProperty("denominator").GetInt32()));
        Assert.Equal(Math.Round(100m * resolved / mediated.Count, 2, MidpointRounding.AwayFromZero),
            rate.GetProperty("value").GetDecimal());
        Assert.Equal(mediated.Count, new[] { "village", "township", "county", "professional" }
            .Sum(l => Value($"disputes.cases.{l}")));
        Assert.Equal(mediated.Count(c => c.Confirmed == true), Value("disputes.confirmed"));
        var centre = cases.Where(c => c.Level == OrganisationLevel.AdministrativeCentre).ToList();
        Assert.Equal(centre.Count, Value("disputes.centre.cases"));
        Assert.Equal(centre.Count(c => c.Source == DisputeSource.Court), Value("disputes.centre.from_court"));

        // Every resolved case behind the rate, a click away; the list and its Excel sheet agree with the figures.
        var records = await JsonAsync(await sfj.GetAsync(rate.GetProperty("numeratorUrl").GetString()));
        Assert.Equal(resolved, records.GetProperty("total").GetInt32());
        var list = await JsonAsync(await sfj.GetAsync("/api/disputes?year=2025"));
        Assert.Equal(cases.Count, list.GetProperty("total").GetInt32());
        var sheet = await sfj.GetByteArrayAsync("/api/disputes/export?year=2025");
        var rows = new MemoryStream(sheet).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(cases.Count, rows.Count);
        Assert.Equal(resolved + centre.Count(c => c.Outcome == DisputeOutcome.Resolved),
            rows.Count(r => (string?)r["结果"] == "调解成功"));
        var page = await (await app.LoginAsync("sfj")).GetStringAsync("/disputes?year=2025");
        Assert.Contains("清河县医疗纠纷人民调解委员会", page);
        Assert.Contains("2025年各调解组织受理情况", page);
    }

    [Theory, BothStores]
    public async Task A_mediation_ends_in_an_agreement_confirmed_within_thirty_days_and_bad_steps_change_nothing(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var org = await OrganisationAsync(sfj, "西山乡石门村人民调解委员会");
        Assert.Contains("纠纷类型应为", await RefusedAsync(await sfj.PostAsJsonAsync("/api/disputes",
            Dispute(org, "2026-09-20", kind: "吵架")), HttpStatusCode.BadRequest));
        Assert.Contains("不能晚于今天", await RefusedAsync(await sfj.PostAsJsonAsync("/api/disputes",
            Dispute(org, "2026-11-27")), HttpStatusCode.BadRequest));
        Assert.Contains("行政争议由行政争议协调化解中心受理", await RefusedAsync(await sfj.PostAsJsonAsync(
            "/api/disputes", Dispute(org, "2026-09-20", kind: "行政争议")), HttpStatusCode.BadRequest));
        var before = await app.QueryAsync(db => db.Set<DisputeCase>().CountAsync(c => c.OrganisationId == org));

        var c = await JsonAsync(await sfj.PostAsJsonAsync("/api/disputes", Dispute(org, "2026-09-20")));
        Assert.Equal($"（2026）调字第{before - 5}号", c.GetProperty("number").GetString()); // 6 of 2025 before
        Assert.Contains("请填写调解协议的内容", await RefusedAsync(await Step(sfj, c, "Resolve", "2026-10-08"),
            HttpStatusCode.BadRequest));
        Assert.Contains("不能早于受理日期", await RefusedAsync(await Step(sfj, c, "Resolve", "2026-09-01", "协议"),
            HttpStatusCode.BadRequest));
        Assert.Contains("不能退回", await RefusedAsync(await Step(sfj, c, "Return", "2026-10-08", "退回"),
            HttpStatusCode.BadRequest));
        Assert.Contains("只有调解成功", await RefusedAsync(await Step(sfj, c, "ApplyConfirmation", "2026-10-08"),
            HttpStatusCode.BadRequest));
        // Out of scope: 县公安局's clerk neither sees nor acts on the village committee's dispute.
        var gaj = await app.ClientForAsync("gaj");
        await RefusedAsync(await gaj.GetAsync($"/api/disputes/{c.GetProperty("id")}"), HttpStatusCode.NotFound);
        await RefusedAsync(await Step(gaj, c, "Resolve", "2026-10-08", "协议"), HttpStatusCode.NotFound);

        c = await JsonAsync(await Step(sfj, c, "Resolve", "2026-10-08", "以现有界桩为界，李某赔偿张某损失800元"));
        Assert.Equal(("Resolved", "2026-10-08"), (c.GetProperty("outcome").GetString(),
            c.GetProperty("concludedOn").GetString()));
        Assert.Contains("已调解成功", await RefusedAsync(await Step(sfj, c, "Fail", "2026-10-09", "再议"),
            HttpStatusCode.BadRequest));
        // 人民调解法 第33条: thirty days from the agreement, so 11-07 is the last day (a Saturday: 民事诉讼法's rule
        // carries it to Monday 11-09); 11-10 is late.
        Assert.Contains("2026-11-09前", await RefusedAsync(await Step(sfj, c, "ApplyConfirmation", "2026-11-10"),
            HttpStatusCode.BadRequest));
        await RefusedAsync(await sfj.PostAsJsonAsync($"/api/disputes/{c.GetProperty("id")}/steps",
            new { version = c.GetProperty("version").GetInt32() - 1, step = "ApplyConfirmation", on = "2026-11-09" }),
            HttpStatusCode.Conflict);
        c = await JsonAsync(await Step(sfj, c, "ApplyConfirmation", "2026-11-09"));
        Assert.Contains("请选择法院是否确认", await RefusedAsync(await Step(sfj, c, "RecordConfirmation", "2026-11-20"),
            HttpStatusCode.BadRequest));
        c = await JsonAsync(await Step(sfj, c, "RecordConfirmation", "2026-11-20", confirmed: true));
        Assert.True(c.GetProperty("confirmed").GetBoolean());
        var timeline = await app.QueryAsync(db => db.Timeline.Where(t => t.OwnerType == "dispute"
            && t.OwnerId == c.GetProperty("id").GetInt32()).OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync());
        Assert.Equal(["受理纠纷", "调解成功", "申请司法确认", "司法确认有效"], timeline);
        var page = await (await app.LoginAsync("sfj")).GetStringAsync($"/disputes/{c.GetProperty("id")}");
        Assert.Contains("司法确认有效", page);
        Assert.Contains("以现有界桩为界", page);
    }

    [Theory, BothStores]
    public async Task The_centre_returns_or_resolves_a_pushed_dispute_and_an_open_one_is_due_after_a_month(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var centre = await OrganisationAsync(sfj, "清河县行政争议协调化解中心");
        Assert.Contains("请填写来源案号", await RefusedAsync(await sfj.PostAsJsonAsync("/api/disputes",
            Dispute(centre, "2026-10-20", "行政争议", "Court")), HttpStatusCode.BadRequest));
        Assert.Contains("类型为“行政争议”", await RefusedAsync(await sfj.PostAsJsonAsync("/api/disputes",
            Dispute(centre, "2026-10-20", "邻里纠纷", "Court", "（2026）清行诉前调99号")), HttpStatusCode.BadRequest));
        var pushed = await JsonAsync(await sfj.PostAsJsonAsync("/api/disputes",
            Dispute(centre, "2026-10-20", "行政争议", "Court", "（2026）清行诉前调99号", "王某与清河县自然资源局")));
        var passed = await JsonAsync(await sfj.PostAsJsonAsync("/api/disputes",
            Dispute(centre, "2026-11-02", "行政争议", "Reconsideration", "清政复〔2026〕88号", "赵某与清河县公安局")));

        // A month on from 10-20 (11-20) is past: the open dispute is on the due list, with its basis.
        var home = await (await app.LoginAsync("sfj")).GetStringAsync("/");
        Assert.Contains("王某与清河县自然资源局", home);
        Assert.Contains("人民调解工作若干规定", home);
        pushed = await JsonAsync(await Step(sfj, pushed, "Return", "2026-11-24", "原告坚持诉讼"));
        Assert.Equal("退回", pushed.GetProperty("outcomeName").GetString());
        passed = await JsonAsync(await Step(sfj, passed, "Resolve", "2026-11-25", "行政机关撤销原处罚决定，申请人撤回复议申请"));
        Assert.DoesNotContain("王某与清河县自然资源局", await (await app.LoginAsync("sfj")).GetStringAsync("/"));
        var figures = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2026")).RootElement
            .GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        var centreCases = await app.QueryAsync(db => db.Set<DisputeCase>().Where(c => c.ReceivedOn.Year == 2026
            && c.Level == OrganisationLevel.AdministrativeCentre).Select(c => c.Outcome).ToListAsync());
        var rate = figures["disputes.centre.resolved_rate"];
        Assert.Equal((centreCases.Count(o => o == DisputeOutcome.Resolved), centreCases.Count),
            (rate.GetProperty("numerator").GetInt32(), rate.GetProperty("denominator").GetInt32()));
        Assert.Contains("清政复〔2026〕88号", await (await app.LoginAsync("sfj"))
            .GetStringAsync($"/disputes/{passed.GetProperty("id")}"));
    }

    [Theory, BothStores]
    public async Task Organisations_are_registered_within_the_scope_and_mediators_added_to_the_shown_version(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var gaj = await app.ClientForAsync("gaj");
        var justice = await app.QueryAsync(db => db.Units.Where(u => u.Name == "清河县司法局").Select(u => u.Id)
            .SingleAsync());
        object Create(string name, string level = "Professional", string? mediators = "周某（专职）\n吴某") =>
            new { unitId = justice, name, level, mediators };
        Assert.Contains("数据权限内的单位", await RefusedAsync(await gaj.PostAsJsonAsync("/api/disputes/organisations",
            Create("清河县物业纠纷人民调解委员会")), HttpStatusCode.BadRequest));
        Assert.Contains("已登记", await RefusedAsync(await sfj.PostAsJsonAsync("/api/disputes/organisations",
            Create("清河县医疗纠纷人民调解委员会")), HttpStatusCode.BadRequest));
        Assert.Contains("名称", await RefusedAsync(await sfj.PostAsJsonAsync("/api/disputes/organisations",
            Create(" ")), HttpStatusCode.BadRequest));
        var org = await JsonAsync(await sfj.PostAsJsonAsync("/api/disputes/organisations",
            Create("清河县物业纠纷人民调解委员会")));
        Assert.Equal([("周某", true), ("吴某", false)], org.GetProperty("mediators").EnumerateArray()
            .Select(m => (m.GetProperty("name").GetString(), m.GetProperty("fullTime").GetBoolean())));
        var url = $"/api/disputes/organisations/{org.GetProperty("id")}/mediators";
        var version = org.GetProperty("version").GetInt32();
        Assert.Contains("请填写调解员姓名", await RefusedAsync(await sfj.PostAsJsonAsync(url,
            new { version, mediators = "\n" }), HttpStatusCode.BadRequest));
        await RefusedAsync(await gaj.PostAsJsonAsync(url, new { version, mediators = "郑某" }), HttpStatusCode.NotFound);
        var added = await JsonAsync(await sfj.PostAsJsonAsync(url, new { version, mediators = "郑某" }));
        Assert.Equal(3, added.GetProperty("mediators").GetArrayLength());
        await RefusedAsync(await sfj.PostAsJsonAsync(url, new { version, mediators = "王某" }), HttpStatusCode.Conflict);
        Assert.DoesNotContain("清河县物业纠纷人民调解委员会", await gaj.GetStringAsync("/api/disputes/organisations"));
    }

    static MultipartFormDataContent Sheet(params (string Org, string Kind, object Received, string Outcome,
        string Concluded, string Text)[] rows)
    {
        var sheet = new MemoryStream();
        sheet.SaveAs(rows.Select(r => new Dictionary<string, object?>
        {
            ["调解组织"] = r.Org, ["纠纷类型"] = r.Kind, ["当事人"] = "甲与乙", ["纠纷简要情况"] = "相邻通行纠纷",
            ["受理日期"] = r.Received, ["来源"] = "当事人申请", ["来源案号"] = "", ["结果"] = r.Outcome,
            ["办结日期"] = r.Concluded, ["协议内容或理由"] = r.Text,
        }).ToList());
        return new MultipartFormDataContent { { new ByteArrayContent(sheet.ToArray()), "file", "纠纷台账.xlsx" } };
    }

    [Theory, BothStores]
    public async Task A_register_imported_from_excel_takes_all_rows_or_names_every_bad_cell(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        const string village = "城关镇东街社区人民调解委员会";
        var before = await app.QueryAsync(db => db.Set<DisputeCase>().CountAsync());
        var bad = await sfj.PostAsync("/api/disputes/import", Sheet(
            ("不存在调委会", "邻里纠纷", "2026-11-02", "", "", ""),
            (village, "邻里纠纷", "下月", "", "", ""),
            (village, "邻里纠纷", "2026-11-02", "成功", "2026-11-05", "协议"),
            (village, "邻里纠纷", "2026-11-02", "调解成功", "", "协议"),
            (village, "吵架", "2026-11-02", "", "", "")));
        var errors = JsonDocument.Parse(await RefusedAsync(bad, HttpStatusCode.UnprocessableEntity)).RootElement
            .GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(),
                e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(2, "调解组织"), (3, "受理日期"), (4, "结果"), (5, "办结日期"), (6, "纠纷类型")], errors);
        Assert.Equal(before, await app.QueryAsync(db => db.Set<DisputeCase>().CountAsync()));

        var good = await JsonAsync(await sfj.PostAsync("/api/disputes/import", Sheet(
            (village, "邻里纠纷", "2026-11-02", "调解成功", "2026-11-05", "甲让出通道0.5米"),
            (village, "物业纠纷", new DateTime(2026, 11, 3), "调解中", "", ""))));
        Assert.Equal(2, good.GetProperty("imported").GetInt32());
        var imported = await app.QueryAsync(db => db.Set<DisputeCase>().Where(c => c.Parties == "甲与乙")
            .OrderBy(c => c.Id).Select(c => new { c.Number, c.Outcome }).ToListAsync());
        Assert.Equal([DisputeOutcome.Resolved, null], imported.Select(c => c.Outcome));
        Assert.NotEqual(imported[0].Number, imported[1].Number);
        await RefusedAsync(await (await app.ClientForAsync("guest")).PostAsync("/api/disputes/import",
            Sheet((village, "邻里纠纷", "2026-11-02", "", "", ""))), HttpStatusCode.Forbidden);
    }
}
