using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.LawReports;

/// <summary>A year's 述法 at a glance: who owes one, who gave it and how it was graded.</summary>
public class LawReportListModel(LawReportService svc, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public int ShownYear { get; private set; }
    public List<LawReport> Reports { get; private set; } = [];
    public bool CanArrange { get; private set; }
    public DateOnly Today => svc.Today;

    public async Task OnGetAsync()
    {
        ShownYear = Year is >= 2000 and <= 9999 ? Year.Value : svc.Today.Year - 1;
        Reports = await svc.ListAsync(ShownYear);
        CanArrange = (await authorization.AuthorizeAsync(User, LawReportApi.Write)).Succeeded;
    }
}
