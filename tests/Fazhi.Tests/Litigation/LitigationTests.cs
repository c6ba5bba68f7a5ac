using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Litigation;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Litigation;

public class LitigationTests
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());

    [Fact]
    public void The_defence_is_due_15_days_after_service_and_the_appeal_period_follows_the_form_of_the_decision()
    {
        var c = new LitigationCase { FiledOn = D("2026-09-10"), ServedOn = D("2026-09-16") };
        var defence = LitigationDeadlines.For(c, Calc, []).Single(d => d.Rule.Key == "litigation.defence");
        Assert.Equal(D("2026-10-08"), defence.Due); // 10-01 falls in the National Day holiday
        Assert.Contains("第67条", defence.Rule.LegalBasis);

        LitigationRules.Conclude(c, new ConclusionRequest(
            0, OutcomeForm.Ruling, LitigationOutcome.DismissSuit, D("2026-11-02"), D("2026-11-03")));
        var appeal = LitigationDeadlines.For(c, Calc, []).Single(d => d.Rule.Key.StartsWith("litigation.appeal"));
        Assert.Equal("litigation.appeal_ruling", appeal.Rule.Key);
        Assert.Equal(D("2026-11-13"), appeal.Due);
        Assert.False(c.AgencyLost);
    }

    [Fact]
    public void A_head_who_does_not_appear_must_leave_a_written_explanation()
    {
        var c = new LitigationCase { FiledOn = D("2026-03-01") };
        HearingRequest Hearing(string on, AppearanceRank rank, string name, string title, string? explanation) =>
            new(0, D(on), rank, name, title, AbsenceReason.IrreplaceableDuty, explanation);
        Assert.Equal("AbsenceExplanation", Assert.Throws<DomainException>(() =>
            LitigationRules.AddHearing(c, Hearing("2026-04-01", AppearanceRank.Staff, "王科长", "法制股股长", " "))).Field);
        Assert.Contains("不能早于立案日期", Assert.Throws<DomainException>(() =>
            LitigationRules.AddHearing(c, Hearing("2026-02-01", AppearanceRank.Principal, "李局长", "局长", null))).Message);
        LitigationRules.AddHearing(c,
            Hearing("2026-04-01", AppearanceRank.Staff, "王科长", "法制股股长", "负责人参加全县防汛会议"));
        Assert.Single(c.Hearings);
    }

    [Fact]
    public void Withdrawal_is_a_ruling_and_an_annulment_is_a_loss()
    {
        var c = new LitigationCase { FiledOn = D("2026-03-01") };
        Assert.Equal("Form", Assert.Throws<DomainException>(() => LitigationRules.Conclude(c,
            new ConclusionRequest(0, OutcomeForm.Judgment, LitigationOutcome.Withdrawn, D("2026-05-01"), null))).Field);
        LitigationRules.Conclude(c, new ConclusionRequest(
            0, OutcomeForm.Judgment, LitigationOutcome.Annul, D("2026-05-01"), D("2026-05-03")));
        Assert.True(c.AgencyLost);
        Assert.Throws<DomainException>(() => LitigationRules.Conclude(c,
            new ConclusionRequest(0, OutcomeForm.Judgment, LitigationOutcome.Annul, D("2026-05-02"), null)));
    }

    [Theory, BothStores]
    public async Task A_department_records_a_suit_its_hearings_and_the_judgment_and_the_rates_count_it(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (police, court, market) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县人民法院").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县市场监督管理局").Select(u => u.Id).SingleAsync()));
        var http = await app.ClientForAsync("gaj");
        JsonElement Figure(JsonElement figs, string key) =>
            figs.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);
        var before = JsonDocument.Parse(await http.GetStringAsync($"/api/figures?unit={police}&year=2026")).RootElement;

        var notOurs = await http.PostAsJsonAsync("/api/litigation", new
        {
            caseNumber = "（2026）晋9901行初99号", unitId = market, courtUnitId = court, plaintiffs = "甲", cause = "处罚",
            filedOn = "2026-06-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, notOurs.StatusCode);
        var notACourt = await http.PostAsJsonAsync("/api/litigation", new
        {
            caseNumber = "（2026）晋9901行初98号", unitId = police, courtUnitId = market, plaintiffs = "甲", cause = "处罚",
            filedOn = "2026-06-01",
        });
        Assert.Contains("不是人民法院", await notACourt.Content.ReadAsStringAsync());

        var created = await http.PostAsJsonAsync("/api/litigation", new
        {
            caseNumber = "（2026）晋9901行初97号", unitId = police, courtUnitId = court, plaintiffs = "孙七", cause = "治安处罚",
            filedOn = "2026-06-01", servedOn = "2026-06-03", nonPerformance = true,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var hearing = await http.PostAsJsonAsync($"/api/litigation/{id}/hearings", new
        {
            version = 0, heldOn = "2026-07-10", rank = "Deputy", appearedName = "周副局长",
            appearedTitle = "副局长",
        });
        Assert.True(hearing.IsSuccessStatusCode, await hearing.Content.ReadAsStringAsync());
        var judged = await http.PostAsJsonAsync($"/api/litigation/{id}/conclusion", new
        {
            version = 1, form = "Judgment", outcome = "ConfirmUnlawful", concludedOn = "2026-08-20",
            outcomeServedOn = "2026-08-22",
        });
        Assert.True(judged.IsSuccessStatusCode, await judged.Content.ReadAsStringAsync());

        var after = JsonDocument.Parse(await http.GetStringAsync($"/api/figures?unit={police}&year=2026")).RootElement;
        var loss = Figure(after, "litigation.loss_rate");
        Assert.Equal(Figure(before, "litigation.loss_rate").GetProperty("numerator").GetInt32() + 1,
            loss.GetProperty("numerator").GetInt32());
        Assert.Equal(Figure(before, "litigation.loss_rate").GetProperty("denominator").GetInt32() + 1,
            loss.GetProperty("denominator").GetInt32());
        // 行政诉讼法 第47条: non-performance suits are counted apart.
        Assert.Equal(Figure(before, "litigation.cases_nonperformance").GetProperty("value").GetDecimal() + 1,
            Figure(after, "litigation.cases_nonperformance").GetProperty("value").GetDecimal());
        var appearance = Figure(after, "litigation.appearance_rate");
        Assert.Equal(Figure(before, "litigation.appearance_rate").GetProperty("numerator").GetInt32() + 1,
            appearance.GetProperty("numerator").GetInt32());
        var heard = JsonDocument.Parse(
            await http.GetStringAsync(appearance.GetProperty("denominatorUrl").GetString())).RootElement;
        Assert.Contains(heard.GetProperty("rows").EnumerateArray(),
            r => r.GetProperty("number").GetString() == "（2026）晋9901行初97号");
        Assert.Equal(appearance.GetProperty("denominator").GetInt32(), heard.GetProperty("total").GetInt32());
    }
}

public class LitigationStepTests
{
    [Theory, BothStores]
    public async Task Service_and_defence_are_recorded_in_order_and_the_register_exports_to_excel(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (police, court) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县人民法院").Select(u => u.Id).SingleAsync()));
        var http = await app.ClientForAsync("gaj");
        var created = await http.PostAsJsonAsync("/api/litigation", new
        {
            caseNumber = "（2026）晋9901行初96号", unitId = police, courtUnitId = court, plaintiffs = "吴九", cause = "行政强制",
            filedOn = "2026-06-01",
        });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        var early = await http.PostAsJsonAsync($"/api/litigation/{id}/defence", new { version = 0, on = "2026-06-05" });
        Assert.Contains("请先登记收到起诉状副本", await early.Content.ReadAsStringAsync());
        Assert.True((await http.PostAsJsonAsync($"/api/litigation/{id}/service",
            new { version = 0, on = "2026-06-03" })).IsSuccessStatusCode);
        var before = await http.PostAsJsonAsync($"/api/litigation/{id}/defence",
            new { version = 1, on = "2026-06-02" });
        Assert.Contains("不能早于收到起诉状副本日期", await before.Content.ReadAsStringAsync());
        Assert.True((await http.PostAsJsonAsync($"/api/litigation/{id}/defence",
            new { version = 1, on = "2026-06-10" })).IsSuccessStatusCode);

        var bytes = await http.GetByteArrayAsync("/api/litigation/export");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows, r => (string?)r["案号"] == "（2026）晋9901行初96号");
        Assert.Equal("2026-06-10", row["提交答辩日期"]);
        Assert.All(rows, r => Assert.Equal("清河县公安局", r["被告"]));
    }
}
