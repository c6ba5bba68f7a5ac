using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Reconsideration;

/// <summary>Registers a case from the request model only (no stored entity is bound).</summary>
public class NewModel(ReconsiderationService svc, FazhiDb db) : PageModel
{
    [BindProperty] public RegisterCaseRequest Input { get; set; } = null!;
    public List<Unit> Units { get; private set; } = [];
    public DomainException? Error { get; private set; }
    public string? ErrorFor(string field) => Error?.Field == field ? Error.Message : null;
    public string Invalid(string field) => Error?.Field == field ? "is-invalid" : "";

    public async Task OnGetAsync()
    {
        Input = new RegisterCaseRequest("", "", 0, 0, "", ActCategory.Penalty, svc.Today);
        Units = await LoadUnitsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var c = await svc.RegisterAsync(Input);
            TempData["Message"] = $"已登记案件 {c.CaseNumber}";
            return Redirect($"/reconsideration/{c.Id}");
        }
        catch (DomainException e) { Error = e; }
        Units = await LoadUnitsAsync();
        return Page();
    }

    Task<List<Unit>> LoadUnitsAsync() => db.Units.AsNoTracking().OrderBy(u => u.Path).ToListAsync();
}
