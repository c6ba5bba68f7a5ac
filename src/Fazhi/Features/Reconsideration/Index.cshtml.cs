using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Reconsideration;

public class ListModel(ReconsiderationService svc, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ReconsiderationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<ReconsiderationCase> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanWrite { get; private set; }
    public string BaseQuery => $"q={Uri.EscapeDataString(Q ?? "")}&status={Status}&year={Year}";

    public async Task OnGetAsync()
    {
        (Rows, Total) = await svc.PageAsync(new CaseFilter(Q, Status, null, Year, Math.Max(1, P)));
        CanWrite = (await authorization.AuthorizeAsync(User, ReconsiderationApi.Write)).Succeeded;
    }
}

/// <summary>The colour of a case's state in lists and on its page.</summary>
public static class StatusBadge
{
    public static string For(ReconsiderationStatus s) => s switch
    {
        ReconsiderationStatus.Concluded => "bg-green-lt",
        ReconsiderationStatus.NotAccepted => "bg-secondary-lt",
        ReconsiderationStatus.Suspended => "bg-yellow-lt",
        _ => "bg-blue-lt",
    };
}
