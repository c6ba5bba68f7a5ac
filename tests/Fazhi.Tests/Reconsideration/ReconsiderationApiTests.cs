using Fazhi.Features.Reconsideration;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Tests.Reconsideration;

/// <summary>The case lifecycle through the JSON API, on SQLite and on PostgreSQL.</summary>
public class ReconsiderationApiTests
{
    static async Task<(int County, int Police, int Market)> UnitsAsync(TestApp app) => await app.QueryAsync(async db =>
        (await db.Units.Where(u => u.Name == "清河县人民政府").Select(u => u.Id).SingleAsync(),
         await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync(),
         await db.Units.Where(u => u.Name == "清河县市场监督管理局").Select(u => u.Id).SingleAsync()));

    static object NewCase(string number, int organ, int respondent, string received = "2026-03-02") => new
    {
        caseNumber = number, applicants = "测试申请人", unitId = organ, respondentUnitId = respondent, contestedAct = "罚款决定",
        category = "Penalty", receivedOn = received,
    };

    static async Task<JsonElement> Json(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Theory, BothStores]
    public async Task A_case_goes_from_registration_to_decision_and_the_figures_count_it(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (county, police, _) = await UnitsAsync(app);
        var http = await app.ClientForAsync("sfj");
        var before = await Json(await http.GetAsync("/api/figures?unit=149901&year=2026"));
        int Count(JsonElement figs, string key) => figs.GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == key).GetProperty("numerator").GetInt32();

        var created = await http.PostAsJsonAsync("/api/reconsideration", NewCase("清政复〔2026〕901号", county, police));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetInt32();

        async Task<JsonElement> Step(object body)
        {
            var r = await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps", body);
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
            return await Json(r);
        }
        var v = (await Step(new { step = "Accept", on = "2026-03-04", version = 0 })).GetProperty("version").GetInt32();
        v = (await Step(new { step = "Suspend", on = "2026-03-10", version = v, ground = "AwaitingOtherCase" }))
            .GetProperty("version").GetInt32();
        v = (await Step(new { step = "Resume", on = "2026-03-30", version = v })).GetProperty("version").GetInt32();

        var detail = await Json(await http.GetAsync($"/api/reconsideration/{id}"));
        var decision = detail.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("rule").GetString() == "reconsideration.decision");
        Assert.Equal("2026-05-25", decision.GetProperty("due").GetString()); // 60 days from 03-04 plus 20 suspended
        Assert.Contains("第62条", decision.GetProperty("legalBasis").GetString());

        v = (await Step(new { step = "HearOpinions", on = "2026-04-01", version = v }))
            .GetProperty("version").GetInt32();
        await Step(new { step = "Conclude", on = "2026-05-20", version = v, decision = "Annul" });
        var after = await Json(await http.GetAsync("/api/figures?unit=149901&year=2026"));
        Assert.Equal(Count(before, "reconsideration.cases_received") + 1,
            Count(after, "reconsideration.cases_received"));
        Assert.Equal(Count(before, "reconsideration.decision.annulled") + 1,
            Count(after, "reconsideration.decision.annulled"));

        var rate = after.GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "reconsideration.correction_rate");
        var records = await Json(await http.GetAsync(rate.GetProperty("numeratorUrl").GetString()));
        Assert.Equal(rate.GetProperty("numerator").GetInt32(), records.GetProperty("total").GetInt32());
        Assert.Contains(records.GetProperty("rows").EnumerateArray(),
            r => r.GetProperty("number").GetString() == "清政复〔2026〕901号");
        var expected = Math.Round(
            100m * rate.GetProperty("numerator").GetInt32() / rate.GetProperty("denominator").GetInt32(),
            2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, rate.GetProperty("value").GetDecimal());

        var trail = await app.QueryAsync(db =>
            db.AuditEntries.CountAsync(a => a.Entity == "ReconsiderationCase" && a.EntityId == id.ToString()));
        Assert.Equal(6, trail); // insert + five steps, each with before and after
        Assert.Null(await app.QueryAsync(db => Fazhi.Kernel.Audit.AuditChain.VerifyAsync(db)));
    }

    [Theory, BothStores]
    public async Task Bad_input_gets_a_specific_error_and_saves_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (county, police, _) = await UnitsAsync(app);
        var http = await app.ClientForAsync("sfj");
        var count = await app.QueryAsync(db => db.ReconsiderationCases.CountAsync());

        var duplicate = await http.PostAsJsonAsync("/api/reconsideration", NewCase("清政复〔2026〕1号", county, police));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("已存在", (await Json(duplicate)).GetProperty("title").GetString());

        var unknown = await http.PostAsJsonAsync("/api/reconsideration", NewCase("清政复〔2026〕902号", county, 99999));
        Assert.Contains("被申请人不存在", (await Json(unknown)).GetProperty("title").GetString());

        var created = await Json(await http.PostAsJsonAsync(
            "/api/reconsideration", NewCase("清政复〔2026〕903号", county, police, "2026-03-10")));
        var id = created.GetProperty("id").GetInt32();
        await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps",
            new { step = "Accept", on = "2026-03-12", version = 0 });
        var early = await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps",
            new { step = "Conclude", on = "2026-03-11", version = 1, decision = "Uphold" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("不能早于受理日期", (await Json(early)).GetProperty("title").GetString());

        var stale = await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps",
            new { step = "SendCopy", on = "2026-03-13", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(count + 1, await app.QueryAsync(db => db.ReconsiderationCases.CountAsync()));
    }

    [Theory, BothStores]
    public async Task A_department_clerk_sees_only_cases_against_their_own_department(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (_, police, market) = await UnitsAsync(app);
        var policeClerk = await app.ClientForAsync("gaj");
        var list = await Json(await policeClerk.GetAsync("/api/reconsideration?page=1"));
        Assert.True(list.GetProperty("total").GetInt32() > 0);
        Assert.All(list.GetProperty("rows").EnumerateArray(),
            r => Assert.Equal(police, r.GetProperty("respondentUnitId").GetInt32()));

        var marketCase = await app.QueryAsync(db =>
            db.ReconsiderationCases.Where(c => c.RespondentUnitId == market).Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound,
            (await policeClerk.GetAsync($"/api/reconsideration/{marketCase}")).StatusCode);

        // The county's figures are refused, not cut down to the clerk's part; the clerk's own unit's are given.
        var county = await policeClerk.GetAsync("/api/figures?unit=149901&year=2026");
        Assert.Equal(HttpStatusCode.Forbidden, county.StatusCode);
        Assert.Contains("超出您的数据权限范围", await county.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest,
            (await policeClerk.GetAsync($"/api/figures?unit={police}&year=0")).StatusCode);
        var ownFigures = await Json(await policeClerk.GetAsync($"/api/figures?unit={police}&year=2026"));
        int Figure(string key) => ownFigures.GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == key).GetProperty("numerator").GetInt32();
        var ownCount = await app.QueryAsync(db =>
            db.ReconsiderationCases.CountAsync(c => c.RespondentUnitId == police && c.ReceivedOn.Year == 2026));
        // Cases against the police are its 被申请 family; it handled none as 复议机关, and the two are never summed.
        Assert.True(ownCount > 0);
        Assert.Equal(ownCount, Figure("reconsideration.respondent.cases_received"));
        Assert.Equal(0, Figure("reconsideration.cases_received"));

        var write = await policeClerk.PostAsJsonAsync($"/api/reconsideration/{marketCase}/steps",
            new { step = "Accept", on = "2026-03-12", version = 0 });
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        var guest = await app.ClientForAsync("guest");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await guest.PostAsJsonAsync("/api/reconsideration", new { })).StatusCode);
        var anonymous = app.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "fz_forged");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reconsideration")).StatusCode);
    }
}
