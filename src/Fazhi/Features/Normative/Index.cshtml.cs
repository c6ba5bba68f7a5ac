using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Normative;

/// <summary>The documents of the caller's scope, filtered and paged, with what each owes (报备, 评估); the 台账 out to
/// Excel and in from it.</summary>
public class NormativeListModel(NormativeService svc, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public NormativeState? State { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unfiled { get; set; }
    [BindProperty(SupportsGet = true)] public string? Title { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<NormativeDocument> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanWrite { get; private set; }
    public ImportResult? Report { get; private set; }
    public DateOnly Today => svc.Today;
    public string BaseQuery => $"year={Year}&state={State}&unfiled={Unfiled}&title={Uri.EscapeDataString(Title ?? "")}";

    NormativeFilter Filter => new(Year, State, Unfiled, Title, Math.Max(1, P));

    public async Task OnGetAsync()
    {
        Rows = await svc.ListAsync(Filter);
        Total = await svc.CountAsync(Filter);
        CanWrite = (await authorization.AuthorizeAsync(User, NormativeApi.Write)).Succeeded;
    }

    /// <summary>Imports the uploaded 台账: all rows or none, every bad cell listed.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? file) => this.ImportAsync(authorization,
        NormativeApi.Write, file, async content => Report = await svc.ImportAsync(content), OnGetAsync);
}
