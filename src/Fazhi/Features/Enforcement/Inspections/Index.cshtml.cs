using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Enforcement.Inspections;

public class PlanListModel(InspectionService svc, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<PlanRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanWrite { get; private set; }
    public string BaseQuery => $"q={Uri.EscapeDataString(Q ?? "")}&year={Year}";

    public async Task OnGetAsync()
    {
        (Rows, Total) = await svc.PageAsync(new PlanFilter(Q, Year), P);
        CanWrite = (await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded;
    }
}
