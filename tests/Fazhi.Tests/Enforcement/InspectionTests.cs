using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Inspections;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Fazhi.Tests.Enforcement;

/// <summary>双随机、一公开 through the API and pages as the market regulator works it: a plan drawn once from its
/// registry and officers, the draw re-run from its seed with the same answer after the registry has changed,
/// results recorded and published within their period — and none of it open to another agency or a
/// reader.</summary>
public class InspectionTests
{
    const string Api = "/api/enforcement/inspections";
    const string Objects = "/api/enforcement/inspection-objects";
    const string Market = "清河县市场监督管理局";

    static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>A demo plan of the market regulator: the one already drawn, or the one waiting for its draw.</summary>
    static Task<int> PlanAsync(TestApp app, bool drawn) => app.QueryAsync(db => db.InspectionPlans
        .IgnoreQueryFilters().Where(p => p.Unit!.Name == Market && (p.DrawnOn != null) == drawn)
        .Select(p => p.Id).FirstAsync());

    static int Version(JsonElement plan) => plan.GetProperty("version").GetInt32();

    static async Task<JsonElement> DrawAsync(HttpClient http, int id)
    {
        var plan = (await OkAsync(await http.GetAsync($"{Api}/{id}"))).GetProperty("plan");
        return await OkAsync(await http.PostAsJsonAsync($"{Api}/{id}/draw", new { version = Version(plan) }));
    }

    [Theory, BothStores]
    public async Task A_plan_is_drawn_once_and_its_seed_redraws_the_same_tasks_after_the_registry_changes(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("scj");
        var id = await PlanAsync(app, drawn: false);
        var grades = await app.QueryAsync(db => db.InspectionObjects.IgnoreQueryFilters()
            .Where(o => o.Unit!.Name == Market).GroupBy(o => o.RiskGrade)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));

        var plan = await DrawAsync(http, id);
        Assert.Matches("^[0-9A-F]{16}$", plan.GetProperty("seed").GetString());
        Assert.Equal(grades.Values.Sum(), plan.GetProperty("pool").GetProperty("objects").GetInt32());
        var detail = await OkAsync(await http.GetAsync($"{Api}/{id}"));
        var ratios = new Dictionary<string, decimal> { ["A"] = 3, ["B"] = 5, ["C"] = 10, ["D"] = 20 };
        foreach (var (grade, count) in grades)
            Assert.Equal(InspectionDraw.Quota(count, ratios[grade.ToString()]),
                detail.GetProperty("drawnByGrade").GetProperty(grade.ToString()).GetInt32());
        var refused = await http.PostAsJsonAsync($"{Api}/{id}/draw", new { version = Version(plan) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("每个计划只抽取一次", await refused.Content.ReadAsStringAsync());

        // Each object has two distinct officers, certified, none recused from it.
        var teams = await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters().Where(t => t.PlanId == id)
            .Select(t => new { t.ObjectId, t.RiskGrade, Officers = t.InspectorIds }).ToListAsync());
        // The plan's audited draw holds the hash of the tasks written under it.
        Assert.Equal(InspectionDraw.Sha256(teams.Select(t => new DrawnTask(t.ObjectId, t.RiskGrade, t.Officers))),
            plan.GetProperty("resultSha256").GetString());
        var recused = await app.QueryAsync(db => db.InspectionRecusals.IgnoreQueryFilters()
            .Select(r => new { r.OfficerId, r.ObjectId }).ToListAsync());
        Assert.All(teams, t => Assert.Equal(2, t.Officers.Distinct().Count()));
        Assert.DoesNotContain(teams,
            t => recused.Any(r => r.ObjectId == t.ObjectId && t.Officers.Contains(r.OfficerId)));

        var scj = await app.QueryAsync(db => db.Units.Where(u => u.Name == Market).Select(u => u.Id).SingleAsync());
        await OkAsync(await http.PostAsJsonAsync(Objects, new
        {
            unitId = scj, name = "清河县新开食品有限公司", kind = "Enterprise", riskGrade = "D",
            creditCode = NationalCodes.WithCreditCheck("91149901MC0000001"),
        }));
        var check = await OkAsync(await http.GetAsync($"{Api}/{id}/verification"));
        Assert.True(check.GetProperty("identical").GetBoolean(), check.GetProperty("message").GetString());
        Assert.Contains("复核一致", check.GetProperty("message").GetString());

        // A stored inspector changed afterwards no longer matches the draw.
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Fazhi.Kernel.Storage.FazhiDb>();
            var first = await db.InspectionTasks.Where(t => t.PlanId == id).OrderBy(t => t.Id).FirstAsync();
            var others = first.InspectorIds;
            var stranger = await db.EnforcementOfficers
                .Where(o => o.Unit!.Name == Market && !others.Contains(o.Id)).Select(o => o.Id).FirstAsync();
            first.InspectorIds = [stranger, .. others[1..]];
            await db.SaveChangesAsync();
        });
        check = await OkAsync(await http.GetAsync($"{Api}/{id}/verification"));
        Assert.False(check.GetProperty("identical").GetBoolean());
        Assert.Contains("复核不一致", check.GetProperty("message").GetString());
        // The hash the audited plan holds tells the change apart from a draw that differs.
        Assert.Contains("抽取后已被改动", check.GetProperty("message").GetString());
    }

    [Theory, BothStores]
    public async Task A_plan_needing_more_officers_than_the_agency_has_is_refused_naming_an_object(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("scj");
        var power = await app.QueryAsync(db => db.EnforcementPowers.IgnoreQueryFilters()
            .Where(p => p.Unit!.Name == Market && p.Kind == PowerKind.Inspection).Select(p => p.Id).FirstAsync());
        var today = DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime);
        var plan = await OkAsync(await http.PostAsJsonAsync(Api, new
        {
            name = "食品安全专项抽查", powerId = power, ratioA = 0, ratioB = 0, ratioC = 0, ratioD = 100,
            inspectorsPerObject = 10, startOn = today, endOn = today.AddDays(30),
        }));
        var id = plan.GetProperty("id").GetInt32();
        var refused = await http.PostAsJsonAsync($"{Api}/{id}/draw", new { version = Version(plan) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = await refused.Content.ReadAsStringAsync();
        Assert.Contains("检查对象“清河县", message);
        Assert.Contains("可选派的执法人员不足", message);
        Assert.Equal(0, await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters()
            .CountAsync(t => t.PlanId == id)));
    }

    [Theory, BothStores]
    public async Task Another_agency_neither_sees_nor_draws_the_plan_and_a_reader_writes_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var id = await PlanAsync(app, drawn: false);
        var police = await app.ClientForAsync("gaj");
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"{Api}/{id}/verification")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await police.PostAsJsonAsync($"{Api}/{id}/draw", new { version = 0 })).StatusCode);
        Assert.DoesNotContain(id.ToString(), (await OkAsync(await police.GetAsync(Api))).GetProperty("rows")
            .EnumerateArray().Select(r => r.GetProperty("plan").GetProperty("id").GetInt32().ToString()));
        var browser = await app.LoginAsync("gaj");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/enforcement/inspections/{id}")).StatusCode);

        var guest = await app.ClientForAsync("guest");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await guest.PostAsJsonAsync($"{Api}/{id}/draw", new { version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.PostAsJsonAsync(Api, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.PostAsJsonAsync(Objects, new { })).StatusCode);
        Assert.Null(await app.QueryAsync(db => db.InspectionPlans.IgnoreQueryFilters()
            .Where(p => p.Id == id).Select(p => p.DrawnOn).SingleAsync()));
    }

    static Dictionary<string, object?> Row(string name, string kind, string? code, string grade,
        string agency = Market) => new()
    {
        ["执法单位"] = agency, ["名称"] = name, ["类型"] = kind, ["统一社会信用代码"] = code, ["风险等级"] = grade,
        ["地址"] = "清河县城关镇",
    };

    static async Task<HttpResponseMessage> UploadAsync(HttpClient http, params Dictionary<string, object?>[] rows)
    {
        using var ms = new MemoryStream();
        ms.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(ms.ToArray()), "file", "名录库.xlsx" } };
        return await http.PostAsync($"{Objects}/import", form);
    }

    [Theory, BothStores]
    public async Task An_imported_registry_with_a_bad_row_names_row_and_column_and_saves_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("scj");
        var code = NationalCodes.WithCreditCheck("91149901MC0000002");
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');
        Task<int> CountAsync() => app.QueryAsync(db => db.InspectionObjects.IgnoreQueryFilters().CountAsync());
        var before = await CountAsync();
        var bad = await UploadAsync(http,
            Row("清河县甲食品有限公司", "企业", code, "A"),
            Row("清河县乙食品有限公司", "企业", wrong, "B"),
            Row("清河县丙小吃店", "个体工商户", null, "E"),
            Row("清河县丁小吃店", "个体工商户", null, "C", agency: "清河县公安局"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))
            .ToList();
        Assert.Equal([(3, "统一社会信用代码"), (4, "风险等级"), (5, "执法单位")], errors);
        Assert.Equal(before, await CountAsync());

        var good = await UploadAsync(http, Row("清河县甲食品有限公司", "企业", code, "A"),
            Row("清河县丙小吃店", "个体工商户", null, "C类"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(before + 2, await CountAsync());
        var again = await UploadAsync(http, Row("清河县甲食品有限公司", "企业", code, "A"));
        Assert.Contains("已有统一社会信用代码", await again.Content.ReadAsStringAsync());
        var list = await OkAsync(await http.GetAsync($"{Objects}?search={code}"));
        Assert.Equal("A", list.GetProperty("rows")[0].GetProperty("grade").GetString());
    }

    [Theory, BothStores]
    public async Task A_result_is_published_within_twenty_working_days_and_the_page_redraws_the_demo_plan(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("scj");
        var id = await PlanAsync(app, drawn: true);
        var task = await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters()
            .Where(t => t.PlanId == id && t.ResultOn == null).OrderBy(t => t.Id).FirstAsync());
        var today = DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime);
        var recorded = await OkAsync(await http.PostAsJsonAsync($"{Api}/{id}/result", new
        {
            taskId = task.Id, version = task.Version, result = "RectificationOrdered", on = today.AddDays(-1),
        }));
        var calc = app.Services.GetRequiredService<DeadlineCalculator>();
        Assert.Equal(calc.Compute(InspectionRules.PublicityRule, today.AddDays(-1)).Due!.Value.ToString("yyyy-MM-dd"),
            recorded.GetProperty("publicityDue").GetString());
        var stale = await http.PostAsJsonAsync($"{Api}/{id}/result", new
        {
            taskId = task.Id, version = task.Version, result = "NoProblem", on = today,
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var published = await OkAsync(await http.PostAsJsonAsync($"{Api}/{id}/publication",
            new { taskIds = new[] { task.Id }, on = today, url = "https://www.gsxt.gov.cn/sjsgk/1" }));
        Assert.Equal(1, published.GetProperty("published").GetInt32());
        var twice = await http.PostAsJsonAsync($"{Api}/{id}/publication",
            new { taskIds = new[] { task.Id }, on = today });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("已于", await twice.Content.ReadAsStringAsync());
        var late = await OkAsync(await http.GetAsync($"{Api}/{id}"));
        Assert.Equal(1, late.GetProperty("progress").GetProperty("late").GetInt32());

        var page = await (await app.LoginAsync("scj")).GetStringAsync($"/enforcement/inspections/{id}?handler=Verify");
        Assert.Contains("复核一致", page);
        var seed = await app.QueryAsync(db => db.InspectionPlans.IgnoreQueryFilters()
            .Where(p => p.Id == id).Select(p => p.Seed).SingleAsync());
        Assert.Contains(InspectionLabels.Seed(seed), page);
    }
}
