using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Litigation;

public class LitigationDetailModel(LitigationService svc, FazhiDb db, IAuthorizationService authorization) : PageModel
{
    public LitigationCase Case { get; private set; } = null!;
    public IReadOnlyList<TrackedDeadline> Deadlines { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public DateOnly Today => svc.Today;
    public bool CanWrite { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostServiceAsync(int id, DatedStepRequest request) =>
        RunAsync(id, () => svc.RecordServiceAsync(id, request));

    public Task<IActionResult> OnPostDefenceAsync(int id, DatedStepRequest request) =>
        RunAsync(id, () => svc.SubmitDefenceAsync(id, request));

    public Task<IActionResult> OnPostHearingAsync(int id, HearingRequest request) =>
        RunAsync(id, () => svc.AddHearingAsync(id, request with { AppearedName = request.AppearedName ?? "" }));

    public Task<IActionResult> OnPostConcludeAsync(int id, ConclusionRequest request) =>
        RunAsync(id, () => svc.ConcludeAsync(id, request));

    async Task<IActionResult> RunAsync(int id, Func<Task> action)
    {
        if (!(await authorization.AuthorizeAsync(User, LitigationApi.Write)).Succeeded) return Forbid();
        try
        {
            await action();
            TempData["Message"] = "已保存";
            return Redirect($"/litigation/{id}");
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
        CanWrite = svc.CanWrite(c) && (await authorization.AuthorizeAsync(User, LitigationApi.Write)).Succeeded;
        return true;
    }
}
