using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Kernel.Host;

/// <summary>A page's form posts that write, each forbidden without the write permission.</summary>
public static class PageWrites
{
    /// <summary>Done, the post goes where the write leads; refused by a rule, the page shows again with the reason
    /// and what was entered.</summary>
    /// <param name="write">Makes the change and returns where to go next.</param>
    /// <param name="refused">Keeps the reason for the page.</param>
    /// <param name="reload">Loads the page again.</param>
    public static async Task<IActionResult> WriteAsync(this PageModel page, IAuthorizationService authorization,
        string policy, Func<Task<string>> write, Action<string> refused, Func<Task> reload)
    {
        if (!(await authorization.AuthorizeAsync(page.User, policy)).Succeeded) return new ForbidResult();
        try
        {
            return new RedirectResult(await write());
        }
        catch (DomainException e)
        {
            refused(e.Message);
        }
        await reload();
        return new PageResult();
    }

    /// <summary>A 台账 upload: the page again with the import's report (all rows or none).</summary>
    public static async Task<IActionResult> ImportAsync(this PageModel page, IAuthorizationService authorization,
        string policy, IFormFile? file, Func<Stream, Task> import, Func<Task> reload)
    {
        if (!(await authorization.AuthorizeAsync(page.User, policy)).Succeeded) return new ForbidResult();
        if (file is not null)
        {
            await using var content = file.OpenReadStream();
            await import(content);
        }
        await reload();
        return new PageResult();
    }
}
