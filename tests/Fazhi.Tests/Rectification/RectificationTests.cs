using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fazhi.Tests.ApiJson;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Tests.Rectification;

/// <summary>督察整改: an inspection's findings drawn up into a rectification list (merged where one item takes in
/// several), each item rectified by its unit and closed only by the 督察单位, with the closure rate and the overdue
/// items counted from the items.</summary>
public class RectificationTests
{
    static Task<int> UnitAsync(TestApp app, string name) =>
        app.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>An inspection by the county with four findings: 1 and 2 merged for 县公安局, 3 and 4 one item each
    /// for 县市场监督管理局, all due on 15 December.</summary>
    static async Task<(int Oversight, JsonElement Items)> InspectionAsync(TestApp app, HttpClient sfj)
    {
        var county = await UnitAsync(app, "清河县人民政府");
        var oversight = await JsonAsync(await sfj.PostAsJsonAsync("/api/rectification", new
        {
            unitId = county, title = "2026年法治政府建设专项督察", kind = "专项督察", scope = "县公安局、县市场监督管理局",
            startOn = "2026-11-16", endOn = "2026-11-18", inspectors = "县司法局 张某、李某",
        }));
        var id = oversight.GetProperty("id").GetInt32();
        var detail = await JsonAsync(await sfj.PostAsJsonAsync($"/api/rectification/{id}/findings", new
        {
            version = oversight.GetProperty("version").GetInt32(),
            text = "1. 执法公示信息未及时更新\n2、执法人员信息缺失\n\n（三）抽查结果未按期公示\n案卷送达回证缺失",
        }));
        var findings = detail.GetProperty("findingList").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], findings.Select(f => f.GetProperty("number").GetInt32()));
        Assert.Equal(["执法公示信息未及时更新", "执法人员信息缺失", "抽查结果未按期公示", "案卷送达回证缺失"],
            findings.Select(f => f.GetProperty("text").GetString()));
        var police = await UnitAsync(app, "清河县公安局");
        var market = await UnitAsync(app, "清河县市场监督管理局");
        var version = detail.GetProperty("oversight").GetProperty("version").GetInt32();
        var merged = await JsonAsync(await sfj.PostAsJsonAsync($"/api/rectification/{id}/items", new
        {
            version, findings = new[] { 1, 2 }, merge = true, unitId = police, dueOn = "2026-12-15",
        }));
        Assert.Equal("执法公示信息未及时更新；执法人员信息缺失", merged[0].GetProperty("problem").GetString());
        var each = await JsonAsync(await sfj.PostAsJsonAsync($"/api/rectification/{id}/items", new
        {
            version = version + 1, findings = new[] { 3, 4 }, merge = false, unitId = market, dueOn = "2026-12-15",
        }));
        Assert.Equal([2, 3], each.EnumerateArray().Select(i => i.GetProperty("number").GetInt32()));
        return (id, (await JsonAsync(await sfj.GetAsync($"/api/rectification/{id}"))).GetProperty("itemList"));
    }

    [Theory, BothStores]
    public async Task Findings_become_a_list_each_unit_sees_its_own_items_and_a_finding_is_listed_once(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var (id, items) = await InspectionAsync(app, sfj);
        Assert.Equal(3, items.GetArrayLength());

        var summary = (await JsonAsync(await sfj.GetAsync($"/api/rectification/{id}"))).GetProperty("oversight");
        Assert.Equal(4, summary.GetProperty("findings").GetInt32());
        Assert.Equal(0, summary.GetProperty("closedRate").GetProperty("numerator").GetInt32());
        Assert.Equal(3, summary.GetProperty("closedRate").GetProperty("denominator").GetInt32());
        var again = await sfj.PostAsJsonAsync($"/api/rectification/{id}/items", new
        {
            version = summary.GetProperty("version").GetInt32(), findings = new[] { 1 }, merge = false,
            unitId = await UnitAsync(app, "清河县公安局"), dueOn = "2026-12-15",
        });
        Assert.Contains("第1号问题已列入整改清单", await RefusedAsync(again, HttpStatusCode.BadRequest));

        // The responsible unit sees the inspection's header and its own item; another unit sees neither.
        var gaj = await app.ClientForAsync("gaj");
        var seen = await JsonAsync(await gaj.GetAsync($"/api/rectification/{id}"));
        Assert.Equal(["执法公示信息未及时更新；执法人员信息缺失"],
            seen.GetProperty("itemList").EnumerateArray().Select(i => i.GetProperty("problem").GetString()));
        Assert.Equal(0, seen.GetProperty("findingList").GetArrayLength());
        var policeItem = items[0].GetProperty("id").GetInt32();
        var scj = await app.ClientForAsync("scj");
        await RefusedAsync(await scj.GetAsync($"/api/rectification/items/{policeItem}"), HttpStatusCode.NotFound);
        await RefusedAsync(await scj.PostAsJsonAsync($"/api/rectification/items/{policeItem}/measures",
            new { version = items[0].GetProperty("version").GetInt32(), text = "已整改" }), HttpStatusCode.NotFound);
        Assert.DoesNotContain(await scj.GetStringAsync("/api/rectification/items"), "执法人员信息缺失");
        // Nor may a unit's clerk add findings to the county's inspection.
        await RefusedAsync(await gaj.PostAsJsonAsync($"/api/rectification/{id}/findings",
            new { version = summary.GetProperty("version").GetInt32(), text = "新问题" }), HttpStatusCode.BadRequest);
    }

    [Theory, BothStores]
    public async Task A_unit_rectifies_and_asks_for_closing_and_only_the_inspecting_unit_closes_it(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var (id, items) = await InspectionAsync(app, sfj);
        var item = items[0].GetProperty("id").GetInt32();
        var gaj = await app.ClientForAsync("gaj");
        async Task<int> VersionAsync() =>
            (await JsonAsync(await sfj.GetAsync($"/api/rectification/items/{item}"))).GetProperty("version").GetInt32();
        Task<HttpResponseMessage> Step(HttpClient http, string step, object body) =>
            http.PostAsJsonAsync($"/api/rectification/items/{item}/{step}", body);

        Assert.Contains("请先填写整改措施", await RefusedAsync(await Step(gaj, "submit",
            new { version = await VersionAsync(), text = "已完成" }), HttpStatusCode.BadRequest));
        await JsonAsync(await Step(gaj, "measures", new { version = await VersionAsync(), text = "更新公示平台信息" }));
        using var evidence = new MultipartFormDataContent
        {
            { new StringContent((await VersionAsync()).ToString()), "version" },
            { new ByteArrayContent("公示截图"u8.ToArray()), "file", "公示截图.txt" },
        };
        await JsonAsync(await gaj.PostAsync($"/api/rectification/items/{item}/evidence", evidence));
        var submitted = await JsonAsync(await Step(gaj, "submit",
            new { version = await VersionAsync(), text = "已完成" }));
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        Assert.Contains("待督察单位审核", await RefusedAsync(await Step(gaj, "measures",
            new { version = await VersionAsync(), text = "再改" }), HttpStatusCode.BadRequest));

        // The responsible unit cannot close its own item; a return needs its reason.
        Assert.Contains("销号由督察单位审核", await RefusedAsync(await Step(gaj, "review",
            new { version = await VersionAsync(), accept = true }), HttpStatusCode.BadRequest));
        Assert.Contains("退回整改须说明理由", await RefusedAsync(await Step(sfj, "review",
            new { version = await VersionAsync(), accept = false }), HttpStatusCode.BadRequest));
        var returned = await JsonAsync(await Step(sfj, "review",
            new { version = await VersionAsync(), accept = false, text = "执法人员信息仍缺2人" }));
        Assert.Equal(("Open", 1),
            (returned.GetProperty("state").GetString(), returned.GetProperty("returns").GetInt32()));
        Assert.Equal("退回整改", returned.GetProperty("stateName").GetString());
        await JsonAsync(await Step(gaj, "submit", new { version = await VersionAsync(), text = "已补录" }));
        var closed = await JsonAsync(await Step(sfj, "review", new { version = await VersionAsync(), accept = true }));
        Assert.Equal(("Closed", "2026-11-26"),
            (closed.GetProperty("state").GetString(), closed.GetProperty("closedOn").GetString()));
        var file = (await JsonAsync(await gaj.GetAsync($"/api/rectification/items/{item}")))
            .GetProperty("evidence")[0];
        Assert.Equal("公示截图", await gaj.GetStringAsync($"/api/rectification/evidence/{file.GetProperty("id")}"));
        var timeline = await app.QueryAsync(db => db.Timeline.Where(t => t.OwnerType == "rectification"
            && t.OwnerId == item).OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync());
        Assert.Equal(["交办整改", "制定整改措施", "上传佐证材料", "申请销号", "退回整改", "申请销号", "销号"], timeline);

        // Past the deadline the two open items are overdue: counted, listed as due, and the closure rate is 1/3.
        app.Clock.Set("2026-12-21");
        var summary = (await JsonAsync(await sfj.GetAsync($"/api/rectification/{id}"))).GetProperty("oversight");
        Assert.Equal(2, summary.GetProperty("overdue").GetInt32());
        Assert.Equal(33.33m, summary.GetProperty("closedRate").GetProperty("percent").GetDecimal());
        var figures = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2026")).RootElement
            .GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        var overdue = figures["rectification.overdue"].GetProperty("value").GetInt32();
        var demoOverdue = await app.QueryAsync(db => db.Set<Fazhi.Features.Rectification.RectificationItem>()
            .CountAsync(i => i.OversightId != id && i.AssignedOn.Year == 2026 && i.ClosedOn == null
                && i.DueOn < new DateOnly(2026, 12, 21)));
        Assert.Equal(2 + demoOverdue, overdue);
        var market = await app.LoginAsync("scj");
        Assert.Contains("抽查结果未按期公示", await market.GetStringAsync("/"));
    }

    [Theory, BothStores]
    public async Task Bad_input_is_refused_with_its_reason_and_saves_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var county = await UnitAsync(app, "清河县人民政府");
        var before = await app.QueryAsync(db => db.Set<Fazhi.Features.Rectification.Oversight>().CountAsync());
        object Inspection(int unit, string title, string kind, string end) => new
        {
            unitId = unit, title, kind, scope = "全县", startOn = "2026-11-16", endOn = end, inspectors = "",
        };
        Assert.Contains("结束日期不能早于开始日期", await RefusedAsync(await sfj.PostAsJsonAsync("/api/rectification",
            Inspection(county, "督察", "法治督察", "2026-11-01")), HttpStatusCode.BadRequest));
        Assert.Contains("请填写督察名称", await RefusedAsync(await sfj.PostAsJsonAsync("/api/rectification",
            Inspection(county, " ", "法治督察", "2026-11-18")), HttpStatusCode.BadRequest));
        Assert.Contains("督察类型应为", await RefusedAsync(await sfj.PostAsJsonAsync("/api/rectification",
            Inspection(county, "督察", "巡视", "2026-11-18")), HttpStatusCode.BadRequest));
        var gaj = await app.ClientForAsync("gaj");
        Assert.Contains("数据权限内的督察单位", await RefusedAsync(await gaj.PostAsJsonAsync("/api/rectification",
            Inspection(county, "督察", "法治督察", "2026-11-18")), HttpStatusCode.BadRequest));
        Assert.Equal(before, await app.QueryAsync(db => db.Set<Fazhi.Features.Rectification.Oversight>().CountAsync()));

        var (id, _) = await InspectionAsync(app, sfj);
        var version = (await JsonAsync(await sfj.GetAsync($"/api/rectification/{id}"))).GetProperty("oversight")
            .GetProperty("version").GetInt32();
        Assert.Contains("请填写督察发现的问题", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/rectification/{id}/findings", new { version, text = "\n 1. \n" }), HttpStatusCode.BadRequest));
        Assert.Contains("整改时限不能早于今天", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/rectification/{id}/items", new
            {
                version, findings = Array.Empty<int>(), merge = false, problem = "另发现的问题",
                unitId = await UnitAsync(app, "清河县公安局"), dueOn = "2026-11-25",
            }), HttpStatusCode.BadRequest));
        Assert.Contains("本次督察没有第9号问题", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/rectification/{id}/items", new
            {
                version, findings = new[] { 9 }, merge = false, unitId = county, dueOn = "2026-12-15",
            }), HttpStatusCode.BadRequest));
        Assert.Equal(3, (await JsonAsync(await sfj.GetAsync($"/api/rectification/{id}"))).GetProperty("itemList")
            .GetArrayLength());
    }

    [Theory, BothStores]
    public async Task The_demo_inspection_shows_its_closure_rate_and_overdue_items_from_its_records(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var oversight = Assert.Single((await JsonAsync(await sfj.GetAsync("/api/rectification"))).EnumerateArray());
        Assert.Equal((12, 10),
            (oversight.GetProperty("findings").GetInt32(), oversight.GetProperty("items").GetInt32()));
        Assert.Equal((7, 10), (oversight.GetProperty("closedRate").GetProperty("numerator").GetInt32(),
            oversight.GetProperty("closedRate").GetProperty("denominator").GetInt32()));
        Assert.Equal(2, oversight.GetProperty("overdue").GetInt32());
        var figures = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2026")).RootElement
            .GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.Equal(70m, figures["rectification.closed_rate"].GetProperty("value").GetDecimal());
        Assert.Equal(6, figures["rectification.on_time_rate"].GetProperty("numerator").GetInt32());
        Assert.Equal(2, figures["rectification.overdue"].GetProperty("value").GetInt32());
        var page = await (await app.LoginAsync("sfj")).GetStringAsync("/rectification");
        Assert.Contains("已销号7/10项（70%）", page);
        Assert.Contains("逾期2项", page);

        // The list as its Excel 台账: one row per item, with the findings it takes in.
        var sheet = await sfj.GetByteArrayAsync($"/api/rectification/{oversight.GetProperty("id")}/export");
        var rows = new MemoryStream(sheet).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(10, rows.Count);
        Assert.Equal(("1、2", "清河县司法局", "已销号"), (rows[0]["对应督察问题"], rows[0]["责任单位"], rows[0]["状态"]));
        Assert.Equal("逾期未整改", rows[8]["状态"]);
    }

    [Theory, BothStores]
    public async Task The_inspecting_unit_extends_an_overdue_item_for_a_reason_and_it_is_no_longer_overdue(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var scj = await app.ClientForAsync("scj");
        var item = (await JsonAsync(await sfj.GetAsync("/api/rectification/items?open=true"))).EnumerateArray()
            .Single(i => i.GetProperty("overdue").GetBoolean() && i.GetProperty("unit").GetString() == "清河县市场监督管理局");
        var (id, due) = (item.GetProperty("id").GetInt32(), item.GetProperty("dueOn").GetString()!);
        object Extend(string? to, string? reason) =>
            new { version = item.GetProperty("version").GetInt32(), newDue = to, reason };
        var url = $"/api/rectification/items/{id}/extend";
        static async Task<int> OverdueAsync(HttpClient c) => (await JsonAsync(await c.GetAsync("/api/rectification")))
            [0].GetProperty("overdue").GetInt32();
        var overdue = await OverdueAsync(sfj);

        // Refused with the reason, nothing changed: the unit itself, an earlier day, no reason.
        Assert.Contains("督察单位", await RefusedAsync(await scj.PostAsJsonAsync(url, Extend("2027-03-31", "需要时间")),
            HttpStatusCode.BadRequest));
        Assert.Contains("应晚于", await RefusedAsync(await sfj.PostAsJsonAsync(url, Extend(due, "需要时间")),
            HttpStatusCode.BadRequest));
        Assert.Contains("延期理由", await RefusedAsync(await sfj.PostAsJsonAsync(url, Extend("2027-03-31", " ")),
            HttpStatusCode.BadRequest));
        Assert.Equal(due, (await JsonAsync(await sfj.GetAsync($"/api/rectification/items/{id}")))
            .GetProperty("dueOn").GetString());

        var extended = await JsonAsync(await sfj.PostAsJsonAsync(url, Extend("2027-03-31", "涉及跨部门协调，需待省级平台上线")));
        Assert.Equal(("2027-03-31", due, false), (extended.GetProperty("dueOn").GetString(),
            extended.GetProperty("originalDueOn").GetString(), extended.GetProperty("overdue").GetBoolean()));
        Assert.Equal(overdue - 1, await OverdueAsync(sfj));
        var page = await (await app.LoginAsync("sfj")).GetStringAsync($"/rectification/items/{id}");
        Assert.Contains("延至2027-03-31（涉及跨部门协调，需待省级平台上线；批准人清河县人民政府", page);
        Assert.Contains("延期整改", page);
        var inbox = await scj.GetStringAsync("/api/inbox");
        Assert.Contains("整改时限已延期", inbox);
    }

    [Theory, BothStores]
    public async Task The_inspecting_unit_reassigns_an_open_item_before_evidence_and_the_new_unit_takes_it_over(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var (_, items) = await InspectionAsync(app, sfj);
        var (item, other) = (items[1].GetProperty("id").GetInt32(), items[2].GetProperty("id").GetInt32());
        var (scj, gaj) = (await app.ClientForAsync("scj"), await app.ClientForAsync("gaj"));
        async Task<int> VersionAsync(int id) =>
            (await JsonAsync(await sfj.GetAsync($"/api/rectification/items/{id}"))).GetProperty("version").GetInt32();
        var police = await UnitAsync(app, "清河县公安局");
        async Task<HttpResponseMessage> Reassign(HttpClient http, int id, int unitId, string? reason) =>
            await http.PostAsJsonAsync($"/api/rectification/items/{id}/reassign",
                new { version = await VersionAsync(id), unitId, reason });
        await JsonAsync(await scj.PostAsJsonAsync($"/api/rectification/items/{item}/measures",
            new { version = await VersionAsync(item), text = "市场监管局拟定的措施" }));

        // Refused with the reason, nothing changed: the unit itself, its own unit again, a court, no reason, a stale
        // form, and an item whose unit has already filed evidence.
        Assert.Contains("督察单位", await RefusedAsync(await Reassign(scj, item, police, "职责调整"),
            HttpStatusCode.BadRequest));
        Assert.Contains("另一个责任单位", await RefusedAsync(await Reassign(sfj, item,
            await UnitAsync(app, "清河县市场监督管理局"), "职责调整"), HttpStatusCode.BadRequest));
        Assert.Contains("数据权限内的责任单位", await RefusedAsync(await Reassign(sfj, item,
            await UnitAsync(app, "清河县人民法院"), "职责调整"), HttpStatusCode.BadRequest));
        Assert.Contains("改派理由", await RefusedAsync(await Reassign(sfj, item, police, " "),
            HttpStatusCode.BadRequest));
        await RefusedAsync(await sfj.PostAsJsonAsync($"/api/rectification/items/{item}/reassign",
            new { version = await VersionAsync(item) - 1, unitId = police, reason = "职责调整" }),
            HttpStatusCode.Conflict);
        using var evidence = new MultipartFormDataContent
        {
            { new StringContent((await VersionAsync(other)).ToString()), "version" },
            { new ByteArrayContent("台账"u8.ToArray()), "file", "台账.txt" },
        };
        await JsonAsync(await scj.PostAsync($"/api/rectification/items/{other}/evidence", evidence));
        Assert.Contains("已上传佐证材料，不能改派", await RefusedAsync(await Reassign(sfj, other, police, "职责调整"),
            HttpStatusCode.BadRequest));
        Assert.Equal("清河县市场监督管理局", (await JsonAsync(await sfj.GetAsync($"/api/rectification/items/{item}")))
            .GetProperty("unit").GetString());

        var moved = await JsonAsync(await Reassign(sfj, item, police, "抽查结果公示由公安局负责"));
        Assert.Equal(("清河县公安局", police), (moved.GetProperty("unit").GetString(),
            moved.GetProperty("unitId").GetInt32()));
        Assert.Equal(JsonValueKind.Null, moved.GetProperty("measures").ValueKind);
        // The new unit sees and rectifies it; the first unit no longer sees it, and both were told.
        await RefusedAsync(await scj.GetAsync($"/api/rectification/items/{item}"), HttpStatusCode.NotFound);
        await JsonAsync(await gaj.PostAsJsonAsync($"/api/rectification/items/{item}/measures",
            new { version = await VersionAsync(item), text = "公安局更新公示" }));
        Assert.Contains("由清河县市场监督管理局改派你单位整改", await gaj.GetStringAsync("/api/inbox"));
        Assert.Contains("已改由清河县公安局整改", await scj.GetStringAsync("/api/inbox"));
        var timeline = await app.QueryAsync(db => db.Timeline.Where(t => t.OwnerType == "rectification"
            && t.OwnerId == item).OrderBy(t => t.Id).Select(t => t.Kind + "：" + t.Text).ToListAsync());
        Assert.Contains("改派：责任单位由清河县市场监督管理局改为清河县公安局：抽查结果公示由公安局负责", timeline);
        Assert.Contains(timeline, t => t.Contains("市场监管局拟定的措施"));
        var page = await (await app.LoginAsync("sfj")).GetStringAsync($"/rectification/items/{item}");
        Assert.Contains("id=\"step-reassign\"", page);
        Assert.DoesNotContain("id=\"step-reassign\"",
            await (await app.LoginAsync("sfj")).GetStringAsync($"/rectification/items/{other}"));
    }

    static MultipartFormDataContent Sheet(int version,
        params (string Problem, string Findings, string Unit, object Due)[] rows)
    {
        var sheet = new MemoryStream();
        sheet.SaveAs(rows.Select(r => new Dictionary<string, object?>
        {
            ["问题"] = r.Problem, ["对应督察问题"] = r.Findings, ["责任单位"] = r.Unit, ["整改时限"] = r.Due,
        }).ToList());
        return new MultipartFormDataContent
        {
            { new StringContent(version.ToString()), "version" },
            { new ByteArrayContent(sheet.ToArray()), "file", "整改台账.xlsx" },
        };
    }

    [Theory, BothStores]
    public async Task A_list_imported_from_its_excel_sheet_takes_all_rows_or_names_every_bad_cell(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var oversight = await JsonAsync(await sfj.PostAsJsonAsync("/api/rectification", new
        {
            unitId = await UnitAsync(app, "清河县人民政府"), title = "法治督察", kind = "法治督察", scope = "全县",
            startOn = "2026-11-16", endOn = "2026-11-18", inspectors = "",
        }));
        var id = oversight.GetProperty("id").GetInt32();
        var detail = await JsonAsync(await sfj.PostAsJsonAsync($"/api/rectification/{id}/findings", new
        {
            version = oversight.GetProperty("version").GetInt32(), text = "权责清单未公布\n执法公示不及时\n案卷不规范",
        }));
        var version = detail.GetProperty("oversight").GetProperty("version").GetInt32();

        var bad = await sfj.PostAsync($"/api/rectification/{id}/import", Sheet(version,
            ("", "1、9", "清河县公安局", "2026-12-15"),
            ("", "1", "清河县公安局", "2026-12-15"),
            ("另查明的问题", "", "清河县不存在局", "2026-12-15"),
            ("另查明的问题", "", "清河县公安局", "下月底"),
            ("另查明的问题", "", "清河县公安局", "2026-01-31")));
        var errors = JsonDocument.Parse(await RefusedAsync(bad, HttpStatusCode.UnprocessableEntity)).RootElement
            .GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(),
                e.GetProperty("column").GetString(), e.GetProperty("message").GetString())).ToList();
        Assert.Equal(
        [
            (2, "对应督察问题", "本次督察没有第9号问题"), (3, "对应督察问题", "第1号问题已列在第2行"),
            (4, "责任单位", "找不到单位“清河县不存在局”"),
            (5, "整改时限", "“下月底”不是有效日期（应如2026-03-15）"), (6, "整改时限", "整改时限不能早于今天"),
        ], errors);
        Assert.Equal(0, (await JsonAsync(await sfj.GetAsync($"/api/rectification/{id}"))).GetProperty("itemList")
            .GetArrayLength());
        // The same sheet on the inspection's page: the summary and every bad cell, nothing saved.
        var browser = await app.LoginAsync("sfj");
        var form = await browser.GetStringAsync($"/rectification/{id}");
        var token = System.Text.RegularExpressions.Regex.Match(form,
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var upload = Sheet(version, ("", "9", "清河县公安局", "2026-12-15"));
        upload.Add(new StringContent(token), "__RequestVerificationToken");
        var shown = await (await browser.PostAsync($"/rectification/{id}?handler=Import", upload))
            .Content.ReadAsStringAsync();
        Assert.Contains("导入失败：发现1处错误，整表未导入", shown);
        Assert.Contains("本次督察没有第9号问题", shown);

        var good = await JsonAsync(await sfj.PostAsync($"/api/rectification/{id}/import", Sheet(version,
            ("", "1、2", "清河县公安局", "2026-12-15"),
            ("执法人员培训不足", "", "清河县市场监督管理局", new DateTime(2026, 12, 31)),
            ("", "3", "清河县市场监督管理局", "2026年12月15日"))));
        Assert.Equal(3, good.GetProperty("imported").GetInt32());
        var items = (await JsonAsync(await sfj.GetAsync($"/api/rectification/{id}"))).GetProperty("itemList")
            .EnumerateArray().ToList();
        Assert.Equal(["权责清单未公布；执法公示不及时", "执法人员培训不足", "案卷不规范"],
            items.Select(i => i.GetProperty("problem").GetString()));
        Assert.Equal("2026-12-31", items[1].GetProperty("dueOn").GetString());
        await RefusedAsync(await (await app.ClientForAsync("gaj")).PostAsync($"/api/rectification/{id}/import",
            Sheet(version + 1, ("", "", "清河县公安局", "2026-12-15"))), HttpStatusCode.BadRequest);
    }
}
