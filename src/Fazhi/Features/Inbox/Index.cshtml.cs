using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Notifications;

namespace Fazhi.Features.Inbox;

public class InboxModel(Notifier notifier) : PageModel
{
    public List<Notification> Messages { get; private set; } = [];

    public async Task OnGetAsync() => Messages = await notifier.InboxAsync(InboxFeature.UserId(User));

    /// <summary>Opens a message: marks it read and follows its link (or stays in the inbox).</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id)
    {
        var userId = InboxFeature.UserId(User);
        await notifier.MarkReadAsync(userId, id);
        var url = (await notifier.InboxAsync(userId)).FirstOrDefault(m => m.Id == id)?.Url;
        return LocalRedirect(url is { Length: > 0 } && url.StartsWith('/') ? url : "/inbox");
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await notifier.MarkReadAsync(InboxFeature.UserId(User), null);
        return Redirect("/inbox");
    }
}
