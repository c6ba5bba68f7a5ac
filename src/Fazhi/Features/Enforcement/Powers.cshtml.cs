using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Enforcement;

public class PowerListModel(PowerService svc, IAuthorizationService authorization, IServiceProvider services,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public PowerKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<EnforcementPower> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanWrite { get; private set; }
    public ImportResult? Report { get; private set; }
    /// <summary>Agencies with items awaiting 事前公示, offered by the publication form.</summary>
    public List<UnpublishedPowers> Unpublished { get; private set; } = [];
    public string? Error { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public string BaseQuery => $"q={Uri.EscapeDataString(Q ?? "")}&kind={Kind}";

    public async Task OnGetAsync()
    {
        (Rows, Total) = await svc.PageAsync(Q, Kind, P);
        CanWrite = (await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded;
        if (CanWrite) Unpublished = await svc.UnpublishedAsync();
    }

    /// <summary>Records the 事前公示 of one agency's list.</summary>
    public Task<IActionResult> OnPostPublishAsync(PublishPowersRequest request) =>
        this.WriteAsync(authorization, OfficerApi.Write, async () =>
        {
            TempData["Message"] = $"已登记公示{await svc.PublishAsync(request)}项";
            return Request.Path;
        }, e => Error = e, OnGetAsync);

    /// <summary>Imports the uploaded 权责清单: all rows or none, every bad cell listed.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? file) => this.ImportAsync(authorization, OfficerApi.Write,
        file, async content => Report = await PowerExchange.ImportAsync(services, content), OnGetAsync);
}
