using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Disputes;

/// <summary>The mediation organisations of the caller's scope with their mediators; a new one registered, and
/// mediators added.</summary>
public class DisputeOrganisationsModel(DisputeService svc, FazhiDb db, IAuthorizationService authorization)
    : PageModel
{
    [BindProperty] public CreateOrganisationRequest? Input { get; set; }
    public List<MediationOrganisation> Organisations { get; private set; } = [];
    public List<Unit> Units { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        Organisations = await svc.OrganisationsAsync();
        CanWrite = (await authorization.AuthorizeAsync(User, DisputeApi.Write)).Succeeded;
        Units = CanWrite ? [.. (await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Court)
            .OrderBy(u => u.Path).ToListAsync()).Where(u => svc.MayRegisterWith(u.Id))] : [];
    }

    public Task<IActionResult> OnPostAsync() =>
        RunAsync(() => svc.CreateOrganisationAsync(Input ?? throw new DomainException("Name", "请填写调解组织")),
            "已登记调解组织");

    public Task<IActionResult> OnPostMediatorsAsync(int id, AddMediatorsRequest request) =>
        RunAsync(() => svc.AddMediatorsAsync(id, request), "已增加调解员");

    async Task<IActionResult> RunAsync(Func<Task> write, string done)
    {
        if (!(await authorization.AuthorizeAsync(User, DisputeApi.Write)).Succeeded) return Forbid();
        try
        {
            await write();
            TempData["Message"] = done;
            return Redirect(Request.Path);
        }
        catch (KeyNotFoundException) { return NotFound(); }
        catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException) { Error = e.Message; }
        db.ChangeTracker.Clear();
        await OnGetAsync();
        return Page();
    }
}
