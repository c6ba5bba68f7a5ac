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
}
