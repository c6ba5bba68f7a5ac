using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Rectification;

/// <summary>督察整改 at a glance: each inspection's list and closure rate, and the items of the caller's scope.
/// </summary>
public class RectificationListModel(OversightService oversights, RectificationService items,
    IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    public List<Oversight> Oversights { get; private set; } = [];
    public List<RectificationItem> Items { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public DateOnly Today => items.Today;

    public async Task OnGetAsync()
    {
        Oversights = await oversights.ListAsync();
        Items = await items.ListAsync(!All);
        CanCreate = (await authorization.AuthorizeAsync(User, RectificationApi.Write)).Succeeded;
    }
}
