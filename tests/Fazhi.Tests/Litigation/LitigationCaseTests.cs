using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Features.Demo;
using Fazhi.Features.Litigation;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;

namespace Fazhi.Tests.Litigation;

/// <summary>Co-defendants, appeal periods, appearance figures and the demo county, through the API on both
/// stores.</summary>
public class LitigationCaseTests
{
    static async Task<(int Police, int Court, int County)> UnitsAsync(TestApp app) =>
        await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县人民法院").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县人民政府").Select(u => u.Id).SingleAsync()));

    static async Task<int> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    static async Task OkAsync(Task<HttpResponseMessage> post)
    {
        var response = await post;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory, BothStores]
    public async Task A_reconsideration_body_sued_as_co_defendant_sees_the_case_but_only_the_defendant_writes(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (police, court, county) = await UnitsAsync(app);
        await app.WithSystemScopeAsync(sp =>
            UserSetup.CreateAsync(sp, "xzf", "县政府 法制审核", DemoCounty.Password, county, Roles.Clerk));
        var gaj = await app.ClientForAsync("gaj");
        var id = await CreatedAsync(await gaj.PostAsJsonAsync("/api/litigation", new
        {
            caseNumber = "（2026）晋9901行初901号", unitId = police, courtUnitId = court, plaintiffs = "赵某", cause = "治安罚款",
            filedOn = "2026-06-01", coDefendantUnitId = county,
        }));

        var xzf = await app.ClientForAsync("xzf");
        var seen = JsonDocument.Parse(await xzf.GetStringAsync($"/api/litigation/{id}")).RootElement;
        Assert.Equal("清河县人民政府", seen.GetProperty("case").GetProperty("coDefendant").GetString());
        var service = new { version = 0, on = "2026-06-03" };
        var refused = await xzf.PostAsJsonAsync($"/api/litigation/{id}/service", service);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("只能查看", await refused.Content.ReadAsStringAsync());
        var scj = await app.ClientForAsync("scj");
        Assert.Equal(HttpStatusCode.NotFound, (await scj.GetAsync($"/api/litigation/{id}")).StatusCode);
        await OkAsync(gaj.PostAsJsonAsync($"/api/litigation/{id}/service", service));
    }

    [Theory, BothStores]
    public async Task An_appeal_period_is_on_the_due_list_only_once_the_agency_means_to_appeal(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (police, court, _) = await UnitsAsync(app);
        var gaj = await app.ClientForAsync("gaj");
        var id = await CreatedAsync(await gaj.PostAsJsonAsync("/api/litigation", new
        {
            caseNumber = "（2026）晋9901行初902号", unitId = police, courtUnitId = court, plaintiffs = "钱某",
            cause = "行政拘留",
            filedOn = "2026-09-01", servedOn = "2026-09-03",
        }));
        await OkAsync(gaj.PostAsJsonAsync($"/api/litigation/{id}/defence", new { version = 0, on = "2026-09-10" }));
        await OkAsync(gaj.PostAsJsonAsync($"/api/litigation/{id}/conclusion", new
        {
            version = 1, form = "Judgment", outcome = "Annul", concludedOn = "2026-11-02",
            outcomeServedOn = "2026-11-03",
        }));
        async Task<string> AppealStateAsync() =>
            JsonDocument.Parse(await gaj.GetStringAsync($"/api/litigation/{id}")).RootElement.GetProperty("deadlines")
                .EnumerateArray().Single(d => d.GetProperty("rule").GetString() == "litigation.appeal_judgment")
                .GetProperty("state").GetString()!;
        async Task<List<DueEntry>> DueAsync()
        {
            var due = new List<DueEntry>();
            await app.WithSystemScopeAsync(async sp => due.AddRange(
                await sp.GetRequiredService<LitigationService>().DueAsync(
                    DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime), default)));
            return due.Where(d => d.Number == "（2026）晋9901行初902号").ToList();
        }

        Assert.Equal("上诉期届满，裁判生效", await AppealStateAsync());
        Assert.Empty(await DueAsync());
        Assert.DoesNotContain("state-overdue", await gaj.GetStringAsync($"/litigation/{id}"));

        await OkAsync(gaj.PostAsJsonAsync($"/api/litigation/{id}/appeal-intent",
            new { version = 2, on = "2026-11-05" }));
        Assert.Equal("已超期", await AppealStateAsync());
        var due = Assert.Single(await DueAsync());
        Assert.Equal(DeadlineState.Overdue, due.State);
        Assert.Equal("litigation.appeal_judgment", due.Deadline.Rule.Key);
    }

    [Theory, BothStores]
    public async Task An_instance_heard_across_two_years_counts_once_in_the_year_of_its_first_hearing(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (police, court, _) = await UnitsAsync(app);
        var gaj = await app.ClientForAsync("gaj");
        async Task<(long? Heard, long? Appeared, long? Over)> FiguresAsync(int year)
        {
            var figures = JsonDocument.Parse(await gaj.GetStringAsync($"/api/figures?unit={police}&year={year}"))
                .RootElement.GetProperty("figures").EnumerateArray().ToList();
            JsonElement F(string key) => figures.Single(f => f.GetProperty("key").GetString() == key);
            var rate = F("litigation.appearance_rate");
            return (F("litigation.cases_heard").GetProperty("value").GetInt64(),
                rate.GetProperty("numerator").GetInt64(), rate.GetProperty("denominator").GetInt64());
        }
        var (before2025, before2026) = (await FiguresAsync(2025), await FiguresAsync(2026));

        var id = await CreatedAsync(await gaj.PostAsJsonAsync("/api/litigation", new
        {
            caseNumber = "（2025）晋9901行初903号", unitId = police, courtUnitId = court, plaintiffs = "孙某", cause = "治安罚款",
            filedOn = "2025-11-10", servedOn = "2025-11-12",
        }));
        await OkAsync(gaj.PostAsJsonAsync($"/api/litigation/{id}/hearings", new
        {
            version = 0, heldOn = "2025-12-20", rank = "Staff", appearedName = "王某", appearedTitle = "法制大队大队长",
            absenceReason = "IrreplaceableDuty", absenceExplanation = "负责人参加全县安保会议，会议通知已盖章提交",
        }));
        await OkAsync(gaj.PostAsJsonAsync($"/api/litigation/{id}/hearings", new
        {
            version = 1, heldOn = "2026-01-15", rank = "Principal", appearedName = "李某", appearedTitle = "局长",
        }));

        var (after2025, after2026) = (await FiguresAsync(2025), await FiguresAsync(2026));
        Assert.Equal((before2025.Heard + 1, before2025.Appeared + 1, before2025.Over + 1), after2025);
        Assert.Equal(before2026, after2026);
    }

    [Theory, BothStores]
    public async Task The_demo_county_shows_appeals_a_simplified_case_a_co_defendant_and_excused_absences(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var cases = await app.QueryAsync(db => db.LitigationCases.Include(c => c.Hearings).ToListAsync());
        Assert.Contains(cases, c => c.Instance == Instance.Second && c.Status == LitigationStatus.Concluded);
        Assert.Contains(cases, c => c.Instance == Instance.First && c.Appellant == Appellant.Agency);
        Assert.Contains(cases, c => c.Procedure == LitigationProcedure.Simplified);
        Assert.Contains(cases, c => c.CoDefendantUnitId is not null);
        Assert.Contains(cases, c => c.NonPerformance);
        Assert.Contains(cases.SelectMany(c => c.Hearings),
            h => h.AbsenceReason is AbsenceReason.IrreplaceableDuty && h.AbsenceExplanation is not null);
        Assert.All(cases.Where(c => c.Instance == Instance.Second), c => Assert.Contains("行终", c.CaseNumber));
    }
}
