using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Workflow;

/// <summary>A case's page: shows the case, and runs the forms of its steps — the feature's write permission checked,
/// a rule broken or a stale version shown on the page with the case reloaded, success reported after a redirect.
/// </summary>
public abstract class CasePage(FazhiDb db, IAuthorizationService authorization, string writePolicy) : PageModel
{
    public string? Error { get; private set; }

    /// <summary>The caller may write for the case's unit and holds the feature's write permission.</summary>
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await ShowAsync(id);

    /// <summary>Loads the case in the caller's scope; false when it is not there (404).</summary>
    protected abstract Task<bool> LoadAsync(int id);

    /// <summary>Whether the caller's scope lets them write for the loaded case.</summary>
    protected abstract bool MayWriteCase { get; }

    protected async Task<IActionResult> RunAsync(int id, Func<Task> step, string done)
    {
        if (!await HasPermissionAsync()) return Forbid();
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect(Request.Path);
        }
        // A case outside the caller's scope does not exist for them, whichever form was posted.
        catch (KeyNotFoundException) { return NotFound(); }
        catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException) { Error = e.Message; }
        catch (DbUpdateException e) when (StoreErrors.IsDuplicate(e)) { Error = StoreErrors.Conflict; }
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
    }

    async Task<IActionResult> ShowAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        CanWrite = MayWriteCase && await HasPermissionAsync();
        return Page();
    }

    async Task<bool> HasPermissionAsync() => (await authorization.AuthorizeAsync(User, writePolicy)).Succeeded;
}
