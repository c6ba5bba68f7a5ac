using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel;
using Fazhi.Kernel.Figures;

namespace Fazhi.Features.Figures;

/// <summary>The records behind one figure (or its numerator or denominator): every number clicks through to
/// here.</summary>
public class RecordsModel(FigureService figures) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public FigurePart Part { get; set; }
    [BindProperty(SupportsGet = true)] public int Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public FigureRecords Result { get; private set; } = null!;
    public FigureScope Scope { get; private set; } = null!;
    public string BaseQuery => $"key={Key}&part={Part}&unit={Unit}&year={Year}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Scope = await figures.ScopeAsync(Unit, Year, ct);
            Result = await figures.SourceOf(Key).ListAsync(Key, Part, Scope, P, ct);
            return Page();
        }
        catch (KeyNotFoundException) { return NotFound(); }
        catch (UnauthorizedAccessException) { return Forbid(); }
        catch (DomainException e) { return BadRequest(e.Message); }
    }
}
