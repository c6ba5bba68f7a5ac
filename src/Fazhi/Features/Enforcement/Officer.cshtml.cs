using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel;

namespace Fazhi.Features.Enforcement;

public class OfficerModel(OfficerService svc, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public TrainingRequest Training { get; set; } = new(0, 0, "");
    [BindProperty] public OfficerStatusRequest StatusChange { get; set; } = new(OfficerStatus.Active);
    public EnforcementOfficer Officer { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public bool SeesIdentity { get; private set; }
    public DomainException? Error { get; private set; }
    public DateOnly Today => svc.Today;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } missing) return missing;
        Training = new(Today.Year, 0, "");
        return Page();
    }

    public Task<IActionResult> OnPostTrainingAsync(int id) =>
        StepAsync(id, () => svc.RecordTrainingAsync(id, Training));

    public Task<IActionResult> OnPostStatusAsync(int id) => StepAsync(id, () => svc.SetStatusAsync(id, StatusChange));

    async Task<IActionResult> StepAsync(int id, Func<Task<EnforcementOfficer>> step)
    {
        if (await LoadAsync(id) is { } missing) return missing;
        if (!CanWrite) return Forbid();
        try
        {
            await step();
            TempData["Message"] = "已保存";
            return Redirect($"/enforcement/officers/{id}");
        }
        catch (DomainException e) { Error = e; }
        return Page();
    }

    async Task<IActionResult?> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } officer) return NotFound();
        Officer = officer;
        CanWrite = (await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded;
        SeesIdentity = await OfficerApi.SeesIdentityAsync(authorization, User);
        return null;
    }
}
