using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Reconsideration;

public class DetailModel(ReconsiderationService svc, FazhiDb db, IAuthorizationService authorization) : PageModel
{
    public ReconsiderationCase Case { get; private set; } = null!;
    public IReadOnlyList<TrackedDeadline> Deadlines { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<CaseStep> Steps { get; private set; } = [];
    public DateOnly Today => svc.Today;
    public bool DeemedAccepted { get; private set; }
    public bool CanWrite { get; private set; }
    public bool CanExtend => Case.Status == ReconsiderationStatus.Accepted
                             && Case.Procedure == ReconsiderationProcedure.Ordinary;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostStepAsync(int id, CaseStepRequest request) =>
        RunAsync(id, () => svc.StepAsync(id, request), $"已{CaseSteps.Label[request.Step]}");

    public Task<IActionResult> OnPostExtendAsync(int id, ExtensionRequest request) =>
        RunAsync(id, () => svc.ExtendAsync(id, request), "审理期限已延长");

    async Task<IActionResult> RunAsync(int id, Func<Task> action, string done)
    {
        if (!(await authorization.AuthorizeAsync(User, ReconsiderationApi.Write)).Succeeded) return Forbid();
        try
        {
            await action();
            TempData["Message"] = done;
            return Redirect($"/reconsideration/{id}");
        }
        catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException) { Error = e.Message; }
        db.ChangeTracker.Clear();
        return await LoadAsync(id) ? Page() : NotFound();
    }

    async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } c) return false;
        Case = c;
        Deadlines = await svc.DeadlinesAsync(c);
        Timeline = await svc.TimelineAsync(id);
        DeemedAccepted = CaseDeadlines.DeemedAccepted(c, svc.Calculator, Today);
        CanWrite = svc.CanWrite(c) && (await authorization.AuthorizeAsync(User, ReconsiderationApi.Write)).Succeeded;
        Steps = CaseSteps.Available(c);
        return true;
    }
}
