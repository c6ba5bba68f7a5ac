using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Litigation;

/// <summary>Registers a case from the request model only (no stored entity is bound).</summary>
public class NewLitigationModel(LitigationService svc, FazhiDb db) : PageModel
{
    [BindProperty] public RegisterLitigationRequest Input { get; set; } = null!;
    public List<Unit> Units { get; private set; } = [];
    public DomainException? Error { get; private set; }
    public string? ErrorFor(string field) => Error?.Field == field ? Error.Message : null;
    public string Invalid(string field) => Error?.Field == field ? "is-invalid" : "";

    public async Task OnGetAsync()
    {
        Input = new RegisterLitigationRequest("", 0, 0, "", "", svc.Today);
        Units = await db.Units.AsNoTracking().OrderBy(u => u.Path).ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var c = await svc.RegisterAsync(Input);
            TempData["Message"] = $"已登记 {c.CaseNumber}";
            return Redirect($"/litigation/{c.Id}");
        }
        catch (DomainException e) { Error = e; }
        Units = await db.Units.AsNoTracking().OrderBy(u => u.Path).ToListAsync();
        return Page();
    }
}
