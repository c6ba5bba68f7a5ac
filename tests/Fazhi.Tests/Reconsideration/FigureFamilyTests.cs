using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Reconsideration;

namespace Fazhi.Tests.Reconsideration;

/// <summary>办理 and 被申请 are two families of a unit's reconsideration cases: what it decided as 复议机关, and what
/// was brought against it (or its subtree) and decided by a 复议机关 outside it. No case is in both.</summary>
public class FigureFamilyTests
{
    [Theory, BothStores]
    public async Task A_county_handles_its_departments_cases_and_answers_for_those_the_city_decides(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync(); // the city's cases fall in this year
        const int year = 2026;
        var (city, county, subtree) = await app.QueryAsync(async db =>
        {
            var c = await db.Units.SingleAsync(u => u.DivisionCode == "149901");
            return ((await db.Units.SingleAsync(u => u.DivisionCode == "149900")).Id, c.Id,
                await db.Units.Where(u => u.Path.StartsWith(c.Path)).Select(u => u.Id).ToListAsync());
        });
        var received = await app.QueryAsync(db => db.ReconsiderationCases
            .Where(c => c.ReceivedOn.Year == year).Select(c => new { c.UnitId, c.RespondentUnitId }).ToListAsync());
        var http = await app.ClientForAsync("sfj");
        var figures = JsonDocument.Parse(await http.GetStringAsync($"/api/figures?unit=149901&year={year}"))
            .RootElement.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f);
        int Count(string key) => figures[key].GetProperty("numerator").GetInt32();

        var handled = received.Count(c => subtree.Contains(c.UnitId));
        var against = received.Count(c => subtree.Contains(c.RespondentUnitId) && !subtree.Contains(c.UnitId));
        Assert.True(handled > 0 && against > 0);
        Assert.Equal(handled, Count("reconsideration.cases_received"));
        Assert.Equal(against, Count("reconsideration.respondent.cases_received"));
        Assert.All(received.Where(c => subtree.Contains(c.RespondentUnitId) && !subtree.Contains(c.UnitId)),
            c => Assert.Equal(city, c.UnitId));
        Assert.Contains("不相加", figures["reconsideration.respondent.correction_rate"]
            .GetProperty("definition").GetString());
        Assert.Contains("综合被纠错率", figures["reconsideration.respondent.correction_rate"]
            .GetProperty("label").GetString());
        Assert.NotEqual(county, city);
    }
}
