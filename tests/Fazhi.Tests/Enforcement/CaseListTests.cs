using System.Text.Json;
using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Tests.Enforcement;

/// <summary>A list of more cases than a page can usefully count: it says "超过10,000条" and asks for a narrower
/// filter, the API says more, a narrower filter counts exactly — and the figures still count every case.</summary>
public class CaseListTests
{
    [Theory, BothStores]
    public async Task A_list_past_ten_thousand_says_so_while_the_figures_count_exactly(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var today = DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime);
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            var power = await db.EnforcementPowers.FirstAsync(p =>
                p.Unit!.Name == "清河县公安局" && p.Kind == PowerKind.Penalty);
            await BulkWriter.InsertAsync(db, Enumerable.Range(1, ListCount.Cap + 1).Select(i => new EnforcementCase
            {
                UnitId = power.UnitId, PowerId = power.Id, Kind = PowerKind.Penalty, Number = $"清公罚〔2026〕{i}号-批",
                PartyKind = PartyKind.Person, PartyName = "当事人" + i, Facts = "违法事实", FiledOn = today,
                DecisionDue = today.AddDays(90),
            }).ToList());
        });
        var http = await app.ClientForAsync("gaj");

        var page = await http.GetStringAsync("/enforcement/cases?kind=Penalty");
        Assert.Contains("超过10,000</strong> 条", page);
        Assert.Contains("请增加筛选条件缩小范围", page);
        var api = JsonDocument.Parse(await http.GetStringAsync("/api/enforcement/cases?kind=Penalty")).RootElement;
        Assert.Equal(ListCount.Cap, api.GetProperty("total").GetInt32());
        Assert.True(api.GetProperty("more").GetBoolean());

        var narrow = JsonDocument.Parse(await http.GetStringAsync(
            "/api/enforcement/cases?search=" + Uri.EscapeDataString("当事人1000"))).RootElement;
        Assert.Equal(3, narrow.GetProperty("total").GetInt32()); // 当事人1000, 当事人10000 and 当事人10001
        Assert.False(narrow.GetProperty("more").GetBoolean());
        Assert.DoesNotContain("超过", await http.GetStringAsync("/enforcement/cases?kind=Licensing"));

        var (from, to) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        var filed = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters()
            .CountAsync(c => c.FiledOn >= from && c.FiledOn <= to));
        Assert.True(filed > ListCount.Cap);
        Figure? figure = null;
        await app.WithSystemScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<FigureService>();
            var root = await sp.GetRequiredService<FazhiDb>().Units.OrderBy(u => u.Id).FirstAsync();
            figure = (await service.AllAsync(await service.ScopeAsync(root.Id, today.Year, default), default))
                .Single(f => f.Key == "enforcement.cases.filed");
        });
        Assert.Equal(filed, figure!.Numerator);
    }
}
