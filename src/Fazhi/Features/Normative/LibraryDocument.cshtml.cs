using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Normative;

/// <summary>A document of the public library, open to everyone while it is in force.</summary>
[AllowAnonymous]
public class LibraryDocumentModel(NormativeLibrary library, NormativeService svc) : PageModel
{
    public NormativeDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await library.DocumentAsync(id, svc.Today, HttpContext.RequestAborted) is not { } d) return NotFound();
        Document = d;
        return Page();
    }
}
