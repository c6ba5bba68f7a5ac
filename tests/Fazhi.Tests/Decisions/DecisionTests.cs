using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fazhi.Tests.ApiJson;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Decisions;

namespace Fazhi.Tests.Decisions;

/// <summary>重大行政决策: a decision is refused collective deliberation while a procedure is neither done nor exempted
/// for a reason, while its comment window is open, before a lawful review of at least 7 working days, and while its
/// risk is not controllable; once adopted it is reported, published, executed and evaluated. A directory is published
/// once the party committee agrees, and later changes state their reason.</summary>
public class DecisionTests
{
    static Task<int> UnitAsync(TestApp app, string name) =>
        app.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    [Theory, BothStores]
    public async Task A_decision_is_adopted_only_once_every_procedure_is_done_or_exempted_and_its_windows_closed(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var county = await UnitAsync(app, "清河县人民政府");
        var d = await JsonAsync(await sfj.PostAsJsonAsync("/api/decisions", new
        {
            unitId = county, title = "清河县城区供热价格调整方案", category = "PublicPolicy", leadUnit = "县发展和改革局",
            registeredOn = "2026-09-01",
        }));
        var url = $"/api/decisions/{d.GetProperty("id")}/steps";
        async Task<HttpResponseMessage> Step(string step, string on, string? text = null, string? until = null,
            string? reason = null, bool? passed = null, bool? againstMajority = null, string? headReason = null)
        {
            var version = (await JsonAsync(await sfj.GetAsync($"/api/decisions/{d.GetProperty("id")}")))
                .GetProperty("decision").GetProperty("version").GetInt32();
            return await sfj.PostAsJsonAsync(url,
                new { version, step, on, until, text, reason, passed, againstMajority, headReason });
        }
        async Task<string> Refused(Task<HttpResponseMessage> step) =>
            await RefusedAsync(await step, HttpStatusCode.BadRequest);

        Assert.Contains("公众参与、专家论证、风险评估、合法性审查", await Refused(Step("Deliberate", "2026-09-02",
            "会议记录", passed: true)));
        Assert.Contains("少于30日的应说明缩短理由", await Refused(Step("Participate", "2026-09-02", until: "2026-09-20")));
        await JsonAsync(await Step("Participate", "2026-09-02", until: "2026-09-20",
            reason: "供暖季临近，情况紧急"));
        Assert.Contains("请说明专家论证不适用的理由", await Refused(Step("ExemptExpert", "2026-09-21")));
        await JsonAsync(await Step("ExemptExpert", "2026-09-21", reason: "价格调整方案不涉及专业技术问题"));
        await JsonAsync(await Step("Risk", "2026-09-22", "部分群众可能不满", passed: false));
        await JsonAsync(await Step("SendForLegality", "2026-11-02"));
        Assert.Contains("最早2026-11-11出具意见", await Refused(Step("LegalityOpinion", "2026-11-10", "合法",
            passed: true)));
        await JsonAsync(await Step("LegalityOpinion", "2026-11-11", "超出定价权限", passed: false));
        // Not lawful, and the comments' use not stated: both named; then the risk stands in the way.
        var missing = await Refused(Step("Deliberate", "2026-11-12", "会议记录", passed: true));
        Assert.Contains("公众参与", missing);
        Assert.Contains("合法性审查（须审查合法后提交讨论）", missing);
        await JsonAsync(await Step("Participate", "2026-09-02", "收到意见12条，采纳8条", "2026-09-20",
            "供暖季临近，情况紧急"));
        await JsonAsync(await Step("SendForLegality", "2026-11-12"));
        await JsonAsync(await Step("LegalityOpinion", "2026-11-23", "修改后合法", passed: true));
        Assert.Contains("风险不可控", await Refused(Step("Deliberate", "2026-11-24", "会议记录", passed: true)));
        await JsonAsync(await Step("Risk", "2026-11-24", "调整方案后风险可控", passed: true));
        Assert.Contains("应当说明理由", await Refused(Step("Deliberate", "2026-11-24", "会议记录", passed: true,
            againstMajority: true)));
        var adopted = await JsonAsync(await Step("Deliberate", "2026-11-24", "县政府常务会议讨论", passed: true,
            againstMajority: true, headReason: "保障供热企业正常运转"));
        Assert.Equal("Adopted", adopted.GetProperty("state").GetString());
        Assert.Contains("不能再履行决策前程序", await Refused(Step("Expert", "2026-11-24", "补充论证")));

        Assert.Contains("向同级党委请示报告", await Refused(Step("Publish", "2026-11-25", "采纳情况")));
        await JsonAsync(await Step("ReportToParty", "2026-11-25"));
        Assert.Contains("采纳情况", await Refused(Step("Publish", "2026-11-26")));
        var published = await JsonAsync(await Step("Publish", "2026-11-26", "采纳公众意见8条"));
        Assert.Equal("Published", published.GetProperty("state").GetString());
        Assert.Contains("承担评估工作的单位", await Refused(Step("Evaluate", "2026-11-26", "效果良好")));
        await JsonAsync(await Step("Execute", "2026-11-26", "新价格自12月1日起执行"));
        Assert.All(published.GetProperty("procedures").EnumerateArray(),
            p => Assert.True(p.GetProperty("settled").GetBoolean(), p.GetProperty("name").GetString()));

        // Out of scope, and a stale form: refused, nothing changed.
        var gaj = await app.ClientForAsync("gaj");
        await RefusedAsync(await gaj.GetAsync($"/api/decisions/{d.GetProperty("id")}"), HttpStatusCode.NotFound);
        await RefusedAsync(await gaj.PostAsJsonAsync(url, new { version = 0, step = "Execute", on = "2026-11-26",
            text = "x" }), HttpStatusCode.NotFound);
        await RefusedAsync(await sfj.PostAsJsonAsync(url, new { version = 0, step = "Execute", on = "2026-11-26",
            text = "x" }), HttpStatusCode.Conflict);
        var figures = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2026")).RootElement
            .GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        var made = await app.QueryAsync(db => db.Set<MajorDecision>().Where(x => x.MeetingOn!.Value.Year == 2026
            && (x.State == DecisionState.Adopted || x.State == DecisionState.Published)).ToListAsync());
        Assert.Equal(made.Count, figures["decisions.made"].GetProperty("value").GetDecimal());
        Assert.Equal(made.Count(x => x.ExpertExempt == null), figures["decisions.expert"].GetProperty("value")
            .GetDecimal());
        Assert.Contains(made, x => x.Title == "清河县城区供热价格调整方案" && x.ExpertExempt != null);
        var page = await (await app.LoginAsync("sfj")).GetStringAsync($"/decisions/{d.GetProperty("id")}");
        Assert.Contains("不适用：价格调整方案不涉及专业技术问题", page);
        Assert.Contains("首长说明理由：保障供热企业正常运转", page);
    }

    [Theory, BothStores]
    public async Task A_directory_is_published_once_agreed_and_later_changes_state_their_reason(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var county = await UnitAsync(app, "清河县人民政府");
        Assert.Contains("数据权限内的决策机关", await RefusedAsync(await (await app.ClientForAsync("gaj"))
            .PostAsJsonAsync("/api/decisions/directories", new { unitId = county, year = 2027 }),
            HttpStatusCode.BadRequest));
        Assert.Contains("已建立", await RefusedAsync(await sfj.PostAsJsonAsync("/api/decisions/directories",
            new { unitId = county, year = 2026 }), HttpStatusCode.BadRequest));
        var dir = await JsonAsync(await sfj.PostAsJsonAsync("/api/decisions/directories",
            new { unitId = county, year = 2027 }));
        var url = $"/api/decisions/directories/{dir.GetProperty("id")}/steps";
        Task<HttpResponseMessage> Step(object body) => sfj.PostAsJsonAsync(url, body);
        Assert.Contains("决策承办单位", await RefusedAsync(await Step(new
        {
            version = dir.GetProperty("version").GetInt32(), step = "AddItem", title = "清河县国土空间总体规划",
            category = "Plan",
        }), HttpStatusCode.BadRequest));
        dir = await JsonAsync(await Step(new
        {
            version = dir.GetProperty("version").GetInt32(), step = "AddItem", title = "清河县国土空间总体规划",
            category = "Plan", leadUnit = "县自然资源局",
        }));
        Assert.Contains("经同级党委同意后方可公布", await RefusedAsync(await Step(new
            { version = dir.GetProperty("version").GetInt32(), step = "Publish", on = "2026-11-26" }),
            HttpStatusCode.BadRequest));
        dir = await JsonAsync(await Step(new
            { version = dir.GetProperty("version").GetInt32(), step = "Agree", on = "2026-11-20" }));
        Assert.Contains("公布文号或网址", await RefusedAsync(await Step(new
            { version = dir.GetProperty("version").GetInt32(), step = "Publish", on = "2026-11-26" }),
            HttpStatusCode.BadRequest));
        dir = await JsonAsync(await Step(new
        {
            version = dir.GetProperty("version").GetInt32(), step = "Publish", on = "2026-11-26",
            publishedAs = "清政发〔2026〕40号",
        }));
        Assert.Equal("2026-11-26", dir.GetProperty("publishedOn").GetString());
        Assert.Contains("调整须说明理由", await RefusedAsync(await Step(new
        {
            version = dir.GetProperty("version").GetInt32(), step = "AddItem", title = "清河县养老服务设施布局规划",
            category = "Plan", leadUnit = "县民政局",
        }), HttpStatusCode.BadRequest));
        dir = await JsonAsync(await Step(new
        {
            version = dir.GetProperty("version").GetInt32(), step = "AddItem", title = "清河县养老服务设施布局规划",
            category = "Plan", leadUnit = "县民政局", reason = "县委常委会决定增加",
        }));
        var items = dir.GetProperty("items").EnumerateArray().ToList();
        var decision = await JsonAsync(await sfj.PostAsJsonAsync("/api/decisions", new
        {
            unitId = county, directoryItemId = items[0].GetProperty("id").GetInt32(), registeredOn = "2026-11-26",
        }));
        Assert.Equal(("清河县国土空间总体规划", "县自然资源局"), (decision.GetProperty("title").GetString(),
            decision.GetProperty("leadUnit").GetString()));
        Assert.Contains("已启动决策程序", await RefusedAsync(await Step(new
        {
            version = dir.GetProperty("version").GetInt32(), step = "RemoveItem",
            itemId = items[0].GetProperty("id").GetInt32(), reason = "暂缓",
        }), HttpStatusCode.BadRequest));
        dir = await JsonAsync(await Step(new
        {
            version = dir.GetProperty("version").GetInt32(), step = "RemoveItem",
            itemId = items[1].GetProperty("id").GetInt32(), reason = "并入国土空间规划",
        }));
        Assert.Equal("2026-11-26", dir.GetProperty("items")[1].GetProperty("removedOn").GetString());
        var timeline = await app.QueryAsync(db => db.Timeline.Where(t => t.OwnerType == "decision-directory"
            && t.OwnerId == dir.GetProperty("id").GetInt32()).OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync());
        Assert.Equal(["编制目录", "列入目录", "党委同意", "公布目录", "调整目录", "调整目录"], timeline);
    }

    [Theory, BothStores]
    public async Task The_demo_county_shows_its_directory_and_a_review_that_cannot_end_before_seven_working_days(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.LoginAsync("sfj");
        var list = await sfj.GetStringAsync("/decisions");
        Assert.Contains("2026年度", list);
        Assert.Contains("清河县老旧小区改造三年行动计划", list);
        var id = await app.QueryAsync(db => db.Set<MajorDecision>().Where(d => d.Title == "清河县老旧小区改造三年行动计划")
            .Select(d => d.Id).SingleAsync());
        var page = await sfj.GetStringAsync($"/decisions/{id}");
        Assert.Contains("不少于7个工作日", page);
        Assert.Contains("不适用：已按有关规定对项目开展社会稳定风险评估", page);
        var sheet = await (await app.ClientForAsync("sfj")).GetByteArrayAsync("/api/decisions/export");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(sheet), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => (string?)r["合法性审查"] == "2026-11-23送审，尚未出具意见");
    }

    [Theory, BothStores]
    public async Task A_procedure_s_document_is_archived_with_the_decision_and_only_its_scope_reads_it(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var decision = await app.QueryAsync(db => db.Set<MajorDecision>().IgnoreQueryFilters()
            .FirstAsync(x => x.State == DecisionState.Drafting));
        var url = $"/api/decisions/{decision.Id}/documents";
        MultipartFormDataContent Upload(int version, string procedure, string name = "征求意见公告.txt") => new()
        {
            { new StringContent(version.ToString()), "version" }, { new StringContent(procedure), "procedure" },
            { new ByteArrayContent("公开征求意见公告：自即日起30日"u8.ToArray()), "file", name },
        };
        Assert.Contains("所属的程序", await RefusedAsync(await sfj.PostAsync(url, Upload(decision.Version, "会议")),
            HttpStatusCode.BadRequest));
        await RefusedAsync(await (await app.ClientForAsync("gaj")).PostAsync(url, Upload(decision.Version, "公众参与")),
            HttpStatusCode.NotFound);
        var archived = await JsonAsync(await sfj.PostAsync(url, Upload(decision.Version, "公众参与")));
        await RefusedAsync(await sfj.PostAsync(url, Upload(decision.Version, "专家论证", "论证意见.txt")),
            HttpStatusCode.Conflict);
        var detail = await JsonAsync(await sfj.GetAsync($"/api/decisions/{decision.Id}"));
        var document = Assert.Single(detail.GetProperty("documents").EnumerateArray());
        Assert.Equal(("公众参与", "征求意见公告.txt"), (document.GetProperty("procedure").GetString(),
            document.GetProperty("name").GetString()));
        var download = $"/api/decisions/documents/{document.GetProperty("id")}";
        Assert.Equal("公开征求意见公告：自即日起30日", await sfj.GetStringAsync(download));
        await RefusedAsync(await (await app.ClientForAsync("gaj")).GetAsync(download), HttpStatusCode.NotFound);
        Assert.NotEqual(decision.Version, archived.GetProperty("version").GetInt32());
        Assert.Contains("归档材料", await (await app.LoginAsync("sfj")).GetStringAsync($"/decisions/{decision.Id}"));
    }
}
