using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Plans;

public class PlanListModel(PlanService plans, ProgressService progress, IAuthorizationService authorization)
    : PageModel
{
    public List<PlanSummary> Plans { get; private set; } = [];
    public List<TaskView> OwnTasks { get; private set; } = [];
    public bool CanImport { get; private set; }
    public DateOnly Today => progress.Today;

    public async Task OnGetAsync()
    {
        Plans = await plans.PlansAsync();
        OwnTasks = await progress.OwnTasksAsync();
        CanImport = (await authorization.AuthorizeAsync(User, PlanApi.Write)).Succeeded;
    }
}
