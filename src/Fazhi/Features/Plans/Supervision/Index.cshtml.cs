using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Plans.Supervision;

public class SupervisionListModel(SupervisionService svc) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    public List<SupervisionNotice> Notices { get; private set; } = [];
    public SupervisionService Service => svc;

    public async Task OnGetAsync() => Notices = await svc.ListAsync(!All);
}
