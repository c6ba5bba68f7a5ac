using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fazhi.Tests.ApiJson;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.LawReports;

namespace Fazhi.Tests.LawReports;

/// <summary>述法: the county arranges the year's 述法, each unit gives its own, only the arranger grades it, and the
/// coverage is counted from the records; duty lists are kept per unit.</summary>
public class LawReportTests
{
    static Task<int> UnitAsync(TestApp app, string name) =>
        app.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    [Theory, BothStores]
    public async Task The_demo_years_coverage_counts_the_given_reports_and_the_owed_ones_are_due(string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var (given, owed) = await app.QueryAsync(async db => (
            await db.Set<LawReport>().CountAsync(r => r.Year == 2025 && r.ReportedOn != null),
            await db.Set<LawReport>().CountAsync(r => r.Year == 2025)));
        Assert.Equal(40, owed); // the county's 30 departments and 10 townships
        Assert.Equal(38, given);
        var sfj = await app.ClientForAsync("sfj");
        var figures = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2025")).RootElement
            .GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        var coverage = figures["lawreports.coverage_rate"];
        Assert.Equal((38, 40, 95m), (coverage.GetProperty("numerator").GetInt32(),
            coverage.GetProperty("denominator").GetInt32(), coverage.GetProperty("value").GetDecimal()));
        Assert.Equal(6, figures["lawreports.meeting"].GetProperty("value").GetInt32());
        var page = await (await app.LoginAsync("sfj")).GetStringAsync("/lawreports?year=2025");
        Assert.Contains("应述法40人，已述法38人，述法覆盖率95%", page);
        Assert.Contains("逾期未述法", page);
        var duties = await JsonAsync(await sfj.GetAsync("/api/lawreports/duties"));
        Assert.Equal(40, duties.GetArrayLength());
        Assert.Equal(5, duties[0].GetProperty("duties").GetArrayLength());
    }

    [Theory, BothStores]
    public async Task A_unit_gives_its_own_report_and_only_the_arranger_grades_it(string provider)
    {
        await using var app = new TestApp(provider);
        await app.WithDemoAsync();
        app.Clock.Set("2026-12-21"); // the county as the demo has it, a month on: this year's 述法 is arranged
        var sfj = await app.ClientForAsync("sfj");
        var county = await UnitAsync(app, "清河县人民政府");
        var police = await UnitAsync(app, "清河县公安局");
        var market = await UnitAsync(app, "清河县市场监督管理局");
        var arranged = await JsonAsync(await sfj.PostAsJsonAsync("/api/lawreports/arrange", new
        {
            arrangerUnitId = county, year = 2026, dueOn = "2027-01-31", unitIds = new[] { police, market },
            meetingUnitIds = new[] { police },
        }));
        var byUnit = arranged.EnumerateArray().ToDictionary(r => r.GetProperty("unitId").GetInt32());
        Assert.Equal("会议述法", byUnit[police].GetProperty("formName").GetString());
        Assert.Equal("书面述法", byUnit[market].GetProperty("formName").GetString());
        Assert.False(string.IsNullOrEmpty(byUnit[police].GetProperty("leaderName").GetString())); // from the list
        Assert.Contains("清河县公安局2026年度述法已安排", await RefusedAsync(await sfj.PostAsJsonAsync(
            "/api/lawreports/arrange", new
            {
                arrangerUnitId = county, year = 2026, dueOn = "2027-01-31", unitIds = new[] { police },
            }), HttpStatusCode.BadRequest));

        var id = byUnit[police].GetProperty("id").GetInt32();
        var marketId = byUnit[market].GetProperty("id").GetInt32();
        var gaj = await app.ClientForAsync("gaj");
        var scj = await app.ClientForAsync("scj");
        object Give(int version) => new
        {
            version, leaderName = "王建国", leaderPost = "局长", reportedOn = "2026-12-18",
            content = "2026年度履行推进法治建设第一责任人职责情况……",
        };
        await RefusedAsync(await scj.PostAsJsonAsync($"/api/lawreports/{id}/give", Give(0)), HttpStatusCode.NotFound);
        var given = await JsonAsync(await gaj.PostAsJsonAsync($"/api/lawreports/{id}/give",
            Give(byUnit[police].GetProperty("version").GetInt32())));
        Assert.Equal("已述法，待评议", given.GetProperty("state").GetString());
        var version = given.GetProperty("version").GetInt32();
        Assert.Contains("评议由组织述法的单位进行", await RefusedAsync(await gaj.PostAsJsonAsync(
            $"/api/lawreports/{id}/grade", new { version, grade = "Excellent" }), HttpStatusCode.BadRequest));
        Assert.Contains("尚未述法", await RefusedAsync(await sfj.PostAsJsonAsync($"/api/lawreports/{marketId}/grade",
            new { version = byUnit[market].GetProperty("version").GetInt32(), grade = "Good" }),
            HttpStatusCode.BadRequest));
        var graded = await JsonAsync(await sfj.PostAsJsonAsync($"/api/lawreports/{id}/grade",
            new { version, grade = "Excellent", note = "职责履行到位" }));
        Assert.Equal("好", graded.GetProperty("gradeName").GetString());
        Assert.Contains("已评议，不能修改", await RefusedAsync(await gaj.PostAsJsonAsync($"/api/lawreports/{id}/give",
            Give(graded.GetProperty("version").GetInt32())), HttpStatusCode.BadRequest));

        var coverage = JsonDocument.Parse(await sfj.GetStringAsync("/api/figures?unit=149901&year=2026")).RootElement
            .GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString()
                == "lawreports.coverage_rate");
        Assert.Equal((1, 2), (coverage.GetProperty("numerator").GetInt32(),
            coverage.GetProperty("denominator").GetInt32()));
        var timeline = await app.QueryAsync(db => db.Timeline.Where(t => t.OwnerType == "lawreport"
            && t.OwnerId == id).OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync());
        Assert.Equal(["安排述法", "述法", "评议"], timeline);
        // The market regulator's written 述法 is due within a week on its 工作台.
        app.Clock.Set("2027-01-26");
        Assert.Contains("2026年度述法", await (await app.LoginAsync("scj")).GetStringAsync("/"));
    }

    [Theory, BothStores]
    public async Task Bad_input_and_units_outside_the_scope_are_refused_and_nothing_is_arranged(string provider)
    {
        await using var app = new TestApp(provider);
        await app.WithDemoAsync();
        app.Clock.Set("2026-12-21"); // the county as the demo has it, a month on: this year's 述法 is arranged
        var sfj = await app.ClientForAsync("sfj");
        var gaj = await app.ClientForAsync("gaj");
        var county = await UnitAsync(app, "清河县人民政府");
        var police = await UnitAsync(app, "清河县公安局");
        var market = await UnitAsync(app, "清河县市场监督管理局");
        var before = await app.QueryAsync(db => db.Set<LawReport>().CountAsync());
        object Arrange(int arranger, int year, int[] units) =>
            new { arrangerUnitId = arranger, year, dueOn = "2027-01-31", unitIds = units };
        Assert.Contains("数据权限内的组织单位", await RefusedAsync(await gaj.PostAsJsonAsync("/api/lawreports/arrange",
            Arrange(county, 2026, [police])), HttpStatusCode.BadRequest));
        Assert.Contains("所选单位应在您的数据权限内", await RefusedAsync(await gaj.PostAsJsonAsync(
            "/api/lawreports/arrange", Arrange(police, 2026, [police, market])), HttpStatusCode.BadRequest));
        Assert.Contains("本年或以前年度", await RefusedAsync(await sfj.PostAsJsonAsync("/api/lawreports/arrange",
            Arrange(county, 2027, [police])), HttpStatusCode.BadRequest));
        Assert.Contains("请选择应述法的单位", await RefusedAsync(await sfj.PostAsJsonAsync("/api/lawreports/arrange",
            Arrange(county, 2026, [])), HttpStatusCode.BadRequest));
        // One unit already arranged for 2025 (the demo's) refuses the whole list.
        Assert.Contains("2025年度述法已安排", await RefusedAsync(await sfj.PostAsJsonAsync("/api/lawreports/arrange",
            Arrange(county, 2025, [police, county])), HttpStatusCode.BadRequest));
        Assert.Equal(before, await app.QueryAsync(db => db.Set<LawReport>().CountAsync()));

        Assert.Contains("数据权限内的单位", await RefusedAsync(await gaj.PostAsJsonAsync("/api/lawreports/duties", new
        {
            unitId = market, leaderName = "李某", leaderPost = "局长", duties = "职责", adoptedOn = "2026-03-01",
        }), HttpStatusCode.BadRequest));
        Assert.Contains("请填写职责清单", await RefusedAsync(await gaj.PostAsJsonAsync("/api/lawreports/duties", new
        {
            unitId = police, leaderName = "李某", leaderPost = "局长", duties = " ", adoptedOn = "2026-03-01",
        }), HttpStatusCode.BadRequest));
        var saved = await JsonAsync(await gaj.PostAsJsonAsync("/api/lawreports/duties", new
        {
            unitId = police, leaderName = "李某", leaderPost = "局长", duties = "带头学法\n\n带头出庭应诉",
            adoptedOn = "2026-03-01",
        }));
        Assert.Equal(["带头学法", "带头出庭应诉"], saved.GetProperty("duties").EnumerateArray()
            .Select(d => d.GetString()));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<DutyList>().CountAsync(d => d.UnitId == police)));
    }
}
