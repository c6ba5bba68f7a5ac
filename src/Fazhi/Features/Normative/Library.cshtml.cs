using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel;

namespace Fazhi.Features.Normative;

/// <summary>规范性文件库: open to everyone, signed in or not; the documents in force found by any run of two or more
/// characters of their title or text, best first, with the matching passage highlighted.</summary>
[AllowAnonymous]
public class LibraryModel(NormativeLibrary library, NormativeService svc) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public LibraryPage? Found { get; private set; }
    public string? Error { get; private set; }
    public string PagerQuery => $"q={Uri.EscapeDataString(Q ?? "")}";

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Q)) return;
        try { Found = await library.SearchAsync(Q, P, svc.Today, HttpContext.RequestAborted); }
        catch (DomainException e) { Error = e.Message; }
    }
}
