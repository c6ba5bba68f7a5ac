using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Fazhi.Features.Enforcement.Inspections;
using Fazhi.Kernel.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Tests.Enforcement;

/// <summary>双随机抽查 on the home page's due list: objects not inspected when the plan's period ends, and results
/// unpublished near or past their 20 working days — shown to callers whose scope holds the plan, gone once
/// done.</summary>
public class InspectionDueTests
{
    const string Market = "清河县市场监督管理局";

    /// <summary>The due list's row holding the text, or null.</summary>
    static string? DueRow(string home, string text) =>
        Regex.Matches(home, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value)
            .FirstOrDefault(row => row.Contains(text));

    [Theory, BothStores]
    public async Task An_unpublished_result_past_its_period_is_due_for_callers_in_scope_until_published(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var today = DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime);
        // The demo's plan drawn 70 days ago, its period ended ten days ago with one object in seven not inspected.
        var id = await app.QueryAsync(db => db.InspectionPlans.IgnoreQueryFilters()
            .Where(p => p.Unit!.Name == Market && p.DrawnOn != null).Select(p => p.Id).SingleAsync());
        var task = await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters()
            .Where(t => t.PlanId == id && t.ResultOn == null).OrderBy(t => t.Id).FirstAsync());
        var calc = app.Services.GetRequiredService<DeadlineCalculator>();
        DateOnly DueOf(DateOnly on) => calc.Compute(InspectionRules.PublicityRule, on).Due!.Value;
        async Task<string> HomeAsync(string user) => await (await app.LoginAsync(user)).GetStringAsync("/");

        var uninspected = DueRow(await HomeAsync("scj"), "尚未登记检查结果");
        Assert.NotNull(uninspected);
        Assert.Contains($"href=\"/enforcement/inspections/{id}?state=Pending\"", uninspected);
        Assert.Contains("已超期", uninspected);

        // Inspected 40 days ago (the demo's results fall 65 to 46 days ago and in the last week), so published late.
        var late = today.AddDays(-40);
        Assert.True(DueOf(late) < today);
        var scj = await app.ClientForAsync("scj");
        var recorded = await scj.PostAsJsonAsync($"/api/enforcement/inspections/{id}/result",
            new { taskId = task.Id, version = task.Version, result = "NoProblem", on = late });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        var lateText = $"{late:yyyy-MM-dd}检查的1户，检查结果未公示";
        foreach (var user in new[] { "scj", "sfj" })
        {
            var home = await HomeAsync(user);
            var row = DueRow(home, lateText);
            Assert.NotNull(row);
            Assert.Contains("双随机抽查", row);
            Assert.Contains($"href=\"/enforcement/inspections/{id}?state=Unpublished\"", row);
            Assert.Contains(DueOf(late).ToString("yyyy-MM-dd"), row);
            Assert.Contains("已超期", row);
            Assert.Null(DueRow(home, "尚未登记检查结果"));
        }
        var police = await HomeAsync("gaj");
        Assert.DoesNotContain($"/enforcement/inspections/{id}", police);
        Assert.DoesNotContain("检查结果未公示", police);

        var published = await scj.PostAsJsonAsync($"/api/enforcement/inspections/{id}/publication",
            new { taskIds = new[] { task.Id }, on = today, url = "https://www.gsxt.gov.cn/sjsgk/2" });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        Assert.Null(DueRow(await HomeAsync("scj"), lateText));

        // A result of the last week comes due three days before its period ends.
        var recent = await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters()
            .Where(t => t.PlanId == id && t.ResultOn != null && t.PublishedOn == null)
            .Select(t => t.ResultOn!.Value).FirstAsync());
        app.Clock.Set(DueOf(recent).AddDays(-3).ToString("yyyy-MM-dd"));
        Assert.Contains("即将到期", DueRow(await HomeAsync("scj"), $"{recent:yyyy-MM-dd}检查的"));
    }
}
