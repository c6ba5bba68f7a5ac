using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Tests.Reconsideration;

public class DueListTests
{
    [Theory, BothStores]
    public async Task A_case_moves_from_due_soon_to_overdue_as_days_pass_and_an_extension_clears_overdue(
        string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-03-02");
        await app.WithDemoAsync();
        var (county, police) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县人民政府").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync()));
        var http = await app.ClientForAsync("sfj");
        var created = JsonDocument.Parse(await (await http.PostAsJsonAsync("/api/reconsideration", new
        {
            caseNumber = "清政复〔2026〕950号", applicants = "赵六", unitId = county, respondentUnitId = police,
            contestedAct = "罚款决定", category = "Penalty", receivedOn = "2026-03-02",
        })).Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetInt32();
        await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps",
            new { step = "Accept", on = "2026-03-02", version = 0 });

        async Task<string?> StateOn(string date)
        {
            app.Clock.Set(date);
            var due = JsonDocument.Parse(await http.GetStringAsync("/api/reconsideration/due")).RootElement
                .EnumerateArray()
                .FirstOrDefault(d => d.GetProperty("case").GetProperty("id").GetInt32() == id);
            return due.ValueKind == JsonValueKind.Undefined
                ? null
                : due.GetProperty("deadline").GetProperty("state").GetString();
        }
        Assert.Null(await StateOn("2026-04-01"));          // due 2026-05-06, a month away
        Assert.Equal("即将到期", await StateOn("2026-05-01"));
        Assert.Equal("已超期", await StateOn("2026-05-07"));

        app.Clock.Set("2026-05-05");
        var extended = await http.PostAsJsonAsync($"/api/reconsideration/{id}/extension",
            new { newDue = "2026-06-05", reason = "案情复杂需补充调查", approver = "复议机构负责人 李明" });
        Assert.True(extended.IsSuccessStatusCode, await extended.Content.ReadAsStringAsync());
        Assert.Null(await StateOn("2026-05-07"));
        Assert.Equal("已超期", await StateOn("2026-06-08"));
        var detail = JsonDocument.Parse(await http.GetStringAsync($"/api/reconsideration/{id}")).RootElement;
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(),
            t => t.GetProperty("text").GetString()!.Contains("李明"));
    }

    [Theory, BothStores]
    public async Task A_case_left_without_an_acceptance_decision_reaches_the_due_list_as_deemed_accepted(
        string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-03-02");
        await app.WithDemoAsync();
        var (county, police) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县人民政府").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync()));
        var http = await app.ClientForAsync("sfj");
        var created = await http.PostAsJsonAsync("/api/reconsideration", new
        {
            caseNumber = "清政复〔2026〕951号", applicants = "孙七", unitId = county, respondentUnitId = police,
            contestedAct = "罚款决定", category = "Penalty", receivedOn = "2026-03-02",
        });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        // Nobody decided on acceptance: accepted from 03-09 (第30条第3款), so the decision is due 05-08.
        app.Clock.Set("2026-05-11");
        var due = JsonDocument.Parse(await http.GetStringAsync("/api/reconsideration/due")).RootElement
            .EnumerateArray().Single(d => d.GetProperty("case").GetProperty("id").GetInt32() == id);
        Assert.Equal("已超期", due.GetProperty("deadline").GetProperty("state").GetString());
        Assert.Equal("2026-05-08", due.GetProperty("deadline").GetProperty("due").GetString());

        var late = await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps",
            new { step = "RefuseAcceptance", on = "2026-05-11", version = 0 });
        Assert.Contains("已视为受理", await late.Content.ReadAsStringAsync());
        var future = await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps",
            new { step = "Accept", on = "2026-05-12", version = 0 });
        Assert.Contains("不能晚于今天", await future.Content.ReadAsStringAsync());
        var accepted = await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps",
            new { step = "Accept", on = "2026-05-11", version = 0 });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        var detail = JsonDocument.Parse(await http.GetStringAsync($"/api/reconsideration/{id}")).RootElement;
        Assert.Equal("2026-03-09", detail.GetProperty("case").GetProperty("acceptedOn").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(),
            t => t.GetProperty("text").GetString()!.Contains("视为受理"));
    }
}
