using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Disputes;

/// <summary>矛盾纠纷化解 at a glance: the year's disputes by organisation and level, and the cases, filtered and
/// paged; the 台账 out to Excel and in from it.</summary>
public class DisputeListModel(DisputeService svc, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public OrganisationLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public int? Organisation { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<DisputeCase> Rows { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>Null for a scope of more than DisputeService.MaxTallied organisations.</summary>
    public List<OrganisationTally>? Tallies { get; private set; }
    public bool CanWrite { get; private set; }
    public ImportResult? Report { get; private set; }
    public int ShownYear => Year ?? svc.Today.Year;
    public string BaseQuery => $"year={Year}&level={Level}&outcome={Outcome}&organisation={Organisation}";

    public async Task OnGetAsync()
    {
        (Rows, Total) = await svc.PageAsync(new DisputeFilter(Year, Level, Outcome, Organisation, Math.Max(1, P)));
        Tallies = await svc.TallyAsync(ShownYear);
        CanWrite = (await authorization.AuthorizeAsync(User, DisputeApi.Write)).Succeeded;
    }

    /// <summary>Imports the uploaded 台账: all rows or none, every bad cell listed.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? file) => this.ImportAsync(authorization,
        DisputeApi.Write, file, async content => Report = await svc.ImportAsync(content), OnGetAsync);
}
