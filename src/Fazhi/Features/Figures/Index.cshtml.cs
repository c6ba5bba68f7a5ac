using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Figures;

public class FiguresModel(FigureService figures, FazhiDb db, TimeProvider clock)
    : FigureScopePage(figures, db, clock)
{
    public sealed record Area(string Key, string Label, IReadOnlyList<Figure> Figures);

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    /// <summary>The figures as the chart reads them: the API's JSON shape, per area.</summary>
    public object ChartData =>
        Areas.Select(a => new { key = a.Key, label = a.Label, figures = a.Figures.Select(FiguresFeature.Json) });

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await LoadScopeAsync(ct) is not { } scope) return;
        var all = await Figures.AllAsync(scope, ct);
        Areas = Figures.Sources
            .Select(s => new Area(s.Area, s.AreaLabel, all.Where(f => f.Key.StartsWith(s.Area + ".")).ToList()))
            .ToList();
    }
}
