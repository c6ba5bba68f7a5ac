using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.AnnualReport;

/// <summary>A year's reports across the caller's scope: who has drafted, submitted (in time or late) and published,
/// and who is late; a unit's report is drafted from here.</summary>
public class ReportRollModel(YearReportService svc, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public int ShownYear { get; private set; }
    public List<ReportRoll> Roll { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public string? Error { get; private set; }
    public YearReportService Service => svc;

    public async Task OnGetAsync()
    {
        ShownYear = Year is >= 2000 and <= 9999 ? Year.Value : svc.Today.Year - 1;
        Roll = await ReportRoll.OfAsync(svc, ShownYear);
        CanWrite = (await authorization.AuthorizeAsync(User, YearReportApi.Write)).Succeeded;
    }

    public Task<IActionResult> OnPostAsync(int unitId, int year) => this.WriteAsync(authorization, YearReportApi.Write,
        async () => $"/report/{(await svc.DraftAsync(unitId, year)).Id}", e => (Error, Year) = (e, year),
        OnGetAsync);
}
