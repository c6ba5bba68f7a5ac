using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Kernel.Figures;

/// <summary>A page over one unit's figures for one year (统计指标, 年度报告): the units the caller may choose
/// (their data
/// scope), the year (this one by default), and the chosen unit's scope, or why it cannot be had.</summary>
public abstract class FigureScopePage(FigureService figures, FazhiDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public List<Unit> Units { get; private set; } = [];
    public FigureScope? Scope { get; private set; }
    public string? Error { get; private set; }
    protected FigureService Figures => figures;

    /// <summary>Loads the choices and the scope; null (with Error set, if the choice was refused) when there is none.
    /// </summary>
    protected async Task<FigureScope?> LoadScopeAsync(CancellationToken ct)
    {
        if (Year == 0) Year = clock.GetLocalNow().Year;
        Units = UnitExchange.TreeOrder(await db.Units.AsNoTracking().ToListAsync(ct))
            .Where(u => db.Scope.Covers(u.Id)).ToList();
        // The topmost unit the user can see, so a department user starts on their own unit.
        if ((Unit ?? Units.FirstOrDefault()?.Id) is not { } unitId) return null;
        try { return Scope = await figures.ScopeAsync(unitId, Year, ct); }
        catch (Exception e) when (e is DomainException or UnauthorizedAccessException or KeyNotFoundException)
        {
            Error = e.Message;
            return null;
        }
    }
}
