using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.ReportReview.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Tests.ReportReview;

/// <summary>One catalogue of figure keys: a key the reviewer reads from a report means what the platform computes
/// under it, with the same unit, and every figure the platform computes in an area the reviewer knows has its key
/// in the reviewer's catalogue.</summary>
public class CatalogueTests
{
    [Theory, BothStores]
    public async Task The_reviewer_and_the_platform_share_their_figure_keys(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var computed = new List<Figure>();
        await app.WithSystemScopeAsync(async sp =>
        {
            var root = await sp.GetRequiredService<FazhiDb>().Units.OrderBy(u => u.Id).FirstAsync();
            var figures = sp.GetRequiredService<FigureService>();
            computed.AddRange(await figures.AllAsync(await figures.ScopeAsync(root.Id, 2025, default), default));
        });
        var catalogue = FigureCatalogue.Entries.ToDictionary(e => e.Key);
        foreach (var f in computed.Where(f => catalogue.ContainsKey(f.Key)))
            Assert.True(catalogue[f.Key].Units.Contains(f.Unit), $"{f.Key}: platform {f.Unit}, reviewer " +
                                                                 string.Join("/", catalogue[f.Key].Units));
        var areas = FigureCatalogue.Entries.Select(e => e.Key.Split('.')[0]).ToHashSet();
        var unknown = computed.Where(f => areas.Contains(f.Key.Split('.')[0]) && !catalogue.ContainsKey(f.Key))
            .Select(f => f.Key).ToList();
        Assert.True(unknown.Count == 0, "keys the reviewer does not know: " + string.Join(", ", unknown));
        Assert.Contains(computed, f => catalogue.ContainsKey(f.Key));
    }
}
