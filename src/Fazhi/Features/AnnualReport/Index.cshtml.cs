using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.AnnualReport;

public class ReportModel(FigureService figures, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public List<Unit> Units { get; private set; } = [];
    public FigureScope? Scope { get; private set; }
    public string Text { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year == 0) Year = clock.GetLocalNow().Year;
        Units = await figures.UnitsInScopeAsync(ct);
        var id = Unit ?? Units.FirstOrDefault()?.Id;
        if (id is null) return;
        (Scope, Error) = await figures.TryScopeAsync(id.Value, Year, ct);
        if (Scope is not null) Text = ReportParagraph.Write(Scope, await figures.AllAsync(Scope, ct));
    }
}
