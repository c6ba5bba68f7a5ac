using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Litigation;

public class LitigationListModel(LitigationService svc, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<LitigationCase> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanWrite { get; private set; }
    public string BaseQuery => $"q={Uri.EscapeDataString(Q ?? "")}&year={Year}";

    public async Task OnGetAsync()
    {
        (Rows, Total) = await svc.PageAsync(Q, Year, P);
        CanWrite = (await authorization.AuthorizeAsync(User, LitigationApi.Write)).Succeeded;
    }
}
