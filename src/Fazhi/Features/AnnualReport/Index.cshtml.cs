using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.AnnualReport;

public class ReportModel(FigureService figures, FazhiDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public List<Unit> Units { get; private set; } = [];
    public FigureScope? Scope { get; private set; }
    public string Text { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year == 0) Year = clock.GetLocalNow().Year;
        Units = UnitExchange.TreeOrder(await db.Units.AsNoTracking().ToListAsync(ct));
        var id = Unit ?? Units.FirstOrDefault(u => db.Scope.Covers(u.Id))?.Id;
        if (id is null) return;
        Scope = await figures.ScopeAsync(id.Value, Year, ct);
        Text = ReportParagraph.Write(Scope, await figures.AllAsync(Scope, ct));
    }
}
