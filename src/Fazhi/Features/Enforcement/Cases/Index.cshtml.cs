using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Enforcement.Cases;

public class CaseListModel(CaseService svc, IAuthorizationService authorization, IServiceProvider services)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public PowerKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public CaseStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<EnforcementCase> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanWrite { get; private set; }
    public DateOnly Today => svc.Today;
    public Fazhi.Kernel.Exchange.ImportResult? Report { get; private set; }
    public string BaseQuery =>
        $"q={Uri.EscapeDataString(Q ?? "")}&kind={Kind}&status={Status}&year={Year}";

    public async Task OnGetAsync()
    {
        (Rows, Total) = await svc.PageAsync(new CaseFilter(Q, Kind, Status, Year), P);
        CanWrite = (await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded;
    }

    /// <summary>Imports the uploaded 立案台账: all rows or none, every bad cell listed.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? file) => this.ImportAsync(authorization, OfficerApi.Write,
        file, async content => Report = await CaseImport.ImportAsync(services, content), OnGetAsync);
}
