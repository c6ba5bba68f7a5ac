using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Enforcement;

public class OfficerListModel(OfficerService svc, IAuthorizationService authorization, IServiceProvider services)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool Expiring { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<EnforcementOfficer> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanWrite { get; private set; }
    public bool SeesIdentity { get; private set; }
    public DateOnly Today => svc.Today;
    public Fazhi.Kernel.Exchange.ImportResult? Report { get; private set; }
    public string BaseQuery => $"q={Uri.EscapeDataString(Q ?? "")}&expiring={Expiring}";

    public async Task OnGetAsync()
    {
        (Rows, Total) = await svc.PageAsync(Q, Expiring, P);
        CanWrite = (await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded;
        SeesIdentity = await OfficerApi.SeesIdentityAsync(authorization, User);
    }

    /// <summary>Imports the uploaded 台账: all rows or none, every bad cell listed.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? file) => this.ImportAsync(authorization, OfficerApi.Write,
        file, async content => Report = await OfficerExchange.ImportAsync(services, content), OnGetAsync);
}
