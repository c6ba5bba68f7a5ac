using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Features.Reconsideration;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Tests.Figures;

/// <summary>Enforcement case figures (and reconsideration's, per 复议机关) are summed from counts kept per unit: a
/// registration through the API, a bulk insert, an audited save and a new day each show at once, the kept counts
/// always equal a count over the records, and a write that went round the stamps is what `fazhi figures verify`
/// reports.</summary>
public class FigureTallyTests
{
    const string Filed = "enforcement.cases.filed";
    const string Missing = "enforcement.cases.publicity_missing";

    static async Task<(IReadOnlyList<Figure> Served, int Differing)> FiguresAsync(TestApp app)
    {
        (IReadOnlyList<Figure>, int) result = default;
        await app.WithSystemScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<FigureService>();
            var root = await sp.GetRequiredService<FazhiDb>().Units.OrderBy(u => u.Id).FirstAsync();
            var scope = await service.ScopeAsync(root.Id, app.Clock.GetLocalNow().Year, default);
            result = (await service.AllAsync(scope, default), (await service.VerifyAsync(scope, default)).Count);
        });
        return result;
    }

    /// <summary>The demo's first decision still unpublished whose publication period ends in its own year.</summary>
    static Task<EnforcementCase> LateDecisionAsync(TestApp app) => app.QueryAsync(db => db.EnforcementCases
        .IgnoreQueryFilters().Where(c => c.PublicityDue != null && c.PublishedOn == null
                                         && c.DecidedOn!.Value.Year == c.PublicityDue.Value.Year)
        .OrderBy(c => c.PublicityDue).FirstAsync());

    static long Count(IReadOnlyList<Figure> figures, string key) => figures.Single(f => f.Key == key).Numerator!.Value;

    [Theory, BothStores]
    public async Task Kept_counts_follow_registrations_bulk_inserts_and_the_day(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var late = await LateDecisionAsync(app);
        app.Clock.Set(late.PublicityDue!.Value.ToString("yyyy-MM-dd"));
        var (before, differing) = await FiguresAsync(app);
        Assert.Equal(0, differing);
        Assert.True(await app.QueryAsync(db =>
            db.FigureTallies.AnyAsync(t => t.Area.StartsWith("enforcement.cases#"))));

        var (power, officers) = await app.QueryAsync(async db => (
            await db.EnforcementPowers.IgnoreQueryFilters().FirstAsync(p =>
                p.Unit!.Name == "清河县公安局" && p.Kind == PowerKind.Penalty),
            await db.EnforcementOfficers.IgnoreQueryFilters().Where(o => o.Unit!.Name == "清河县公安局"
                && o.Status == OfficerStatus.Active && o.CertificateValidUntil > late.PublicityDue.Value.AddDays(30))
                .Select(o => o.Id).Take(2).ToArrayAsync()));
        var http = await app.ClientForAsync("gaj");
        var year = late.PublicityDue.Value.Year;
        var registered = await http.PostAsJsonAsync("/api/enforcement/cases", new
        {
            number = $"清公罚〔{year}〕991号", powerId = power.Id, partyKind = "Person", partyName = "张某",
            facts = "违法事实", filedOn = late.PublicityDue.Value.ToString("yyyy-MM-dd"), handlerIds = officers,
        });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var (afterRegistration, _) = await FiguresAsync(app);
        Assert.Equal(Count(before, Filed) + 1, Count(afterRegistration, Filed));

        await app.WithSystemScopeAsync(sp => BulkWriter.InsertAsync(sp.GetRequiredService<FazhiDb>(),
        [
            new EnforcementCase
            {
                UnitId = power.UnitId, PowerId = power.Id, Kind = PowerKind.Penalty, Number = $"清公罚〔{year}〕992号",
                PartyKind = PartyKind.Person, PartyName = "李某", Facts = "违法事实",
                FiledOn = late.PublicityDue.Value, DecisionDue = late.PublicityDue.Value.AddDays(90),
            },
        ]));
        var (afterBulk, differingAfterBulk) = await FiguresAsync(app);
        Assert.Equal(Count(before, Filed) + 2, Count(afterBulk, Filed));
        Assert.Equal(0, differingAfterBulk);

        // No write at all: the day after the period, the same kept counts would be a day old.
        app.Clock.Set(late.PublicityDue.Value.AddDays(1).ToString("yyyy-MM-dd"));
        var (nextDay, differingNextDay) = await FiguresAsync(app);
        Assert.True(Count(nextDay, Missing) > Count(afterBulk, Missing));
        Assert.Equal(0, differingNextDay);
    }

    [Theory, BothStores]
    public async Task A_new_day_counts_again_only_the_agencies_whose_decision_period_ran_out(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var late = await LateDecisionAsync(app);
        var due = late.PublicityDue!.Value;
        app.Clock.Set(due.ToString("yyyy-MM-dd"));
        var (before, _) = await FiguresAsync(app);
        // An agency with cases in the year and no decision waiting for publication: nothing of it turns.
        var waiting = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters()
            .Where(c => c.PublishedOn == null && c.PublicityDue != null).Select(c => c.UnitId).Distinct()
            .ToListAsync());
        var quiet = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters()
            .Where(c => c.FiledOn.Year == due.Year && !waiting.Contains(c.UnitId)).Select(c => c.UnitId)
            .FirstAsync());
        // Its kept count of cases filed marked by a write no application path makes, to tell kept from recounted.
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            var tally = await db.FigureTallies.SingleAsync(t =>
                t.Area.StartsWith("enforcement.cases#") && t.UnitId == quiet && t.Year == due.Year);
            var counts = tally.Counts.Split(',').Select(int.Parse).ToArray();
            counts[0] += 1000;
            tally.Counts = string.Join(",", counts);
            await db.SaveChangesAsync();
        });

        app.Clock.Set(due.AddDays(1).ToString("yyyy-MM-dd"));
        var (nextDay, differing) = await FiguresAsync(app);
        Assert.Equal(Count(before, Filed) + 1000, Count(nextDay, Filed)); // the quiet agency's counts carried over
        Assert.True(Count(nextDay, Missing) > Count(before, Missing)); // the late decision's agency counted again
        Assert.Equal(1, differing); // and verify names the marked count
        Assert.Equal(due.AddDays(1), await app.QueryAsync(db => db.FigureTallies
            .Where(t => t.Area.StartsWith("enforcement.cases#") && t.UnitId == quiet && t.Year == due.Year)
            .Select(t => t.Day).SingleAsync()));
    }

    [Theory, BothStores]
    public async Task Reconsideration_counts_are_kept_per_handling_unit_and_follow_an_audited_save(string provider)
    {
        const string received = "reconsideration.cases_received";
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (before, differing) = await FiguresAsync(app);
        Assert.Equal(0, differing);
        Assert.True(await app.QueryAsync(db =>
            db.FigureTallies.AnyAsync(t => t.Area.StartsWith("reconsideration#"))));

        var year = app.Clock.GetLocalNow().Year;
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            var c = await db.ReconsiderationCases.FirstAsync(x => x.ReceivedOn.Year == year);
            c.ReceivedOn = new DateOnly(year - 5, 6, 1);
            await db.SaveChangesAsync();
        });
        var (after, differingAfter) = await FiguresAsync(app);
        Assert.Equal(Count(before, received) - 1, Count(after, received));
        Assert.Equal(0, differingAfter);
    }

    [Theory, BothStores]
    public async Task A_write_round_the_stamps_is_reported_by_verify(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (before, _) = await FiguresAsync(app);
        var year = app.Clock.GetLocalNow().Year;
        var moved = await app.QueryAsync(db => db.EnforcementCases.IgnoreQueryFilters()
            .Where(c => c.FiledOn.Year == year).Select(c => c.Id).FirstAsync());
        await app.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"EnforcementCases\" SET \"FiledOn\" = {new DateOnly(year - 3, 1, 1)} WHERE \"Id\" = {moved}"));

        var (served, differing) = await FiguresAsync(app);
        Assert.Equal(Count(before, Filed), Count(served, Filed));
        Assert.True(differing > 0);
    }
}
