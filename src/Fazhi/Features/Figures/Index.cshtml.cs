using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Figures;

public class FiguresModel(FigureService figures, TimeProvider clock) : PageModel
{
    public sealed record Area(string Key, string Label, IReadOnlyList<Figure> Figures);

    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public List<Unit> Units { get; private set; } = [];
    public FigureScope? Scope { get; private set; }
    public IReadOnlyList<Area> Areas { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>The figures as the chart reads them: the API's JSON shape, per area.</summary>
    public object ChartData =>
        Areas.Select(a => new { key = a.Key, label = a.Label, figures = a.Figures.Select(FiguresFeature.Json) });

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year == 0) Year = clock.GetLocalNow().Year;
        Units = await figures.UnitsInScopeAsync(ct);
        // The topmost unit the user can see, so a department user starts on their own unit.
        var unitId = Unit ?? Units.FirstOrDefault()?.Id;
        if (unitId is null) return;
        (Scope, Error) = await figures.TryScopeAsync(unitId.Value, Year, ct);
        if (Scope is null) return;
        var all = await figures.AllAsync(Scope, ct);
        Areas = figures.Sources
            .Select(s => new Area(s.Area, s.AreaLabel, all.Where(f => f.Key.StartsWith(s.Area + ".")).ToList()))
            .ToList();
    }
}
