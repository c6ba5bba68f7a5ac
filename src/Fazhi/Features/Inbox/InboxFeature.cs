using System.Security.Claims;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Notifications;

namespace Fazhi.Features.Inbox;

/// <summary>消息: the signed-in user's inbox of notifications (督办单, reminders), over the kernel's Notifier.</summary>
public sealed class InboxFeature : IFeature
{
    public string Area => "inbox";
    public string Title => "消息";
    public int Order => 2;

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Home, "消息", "/inbox", "ti-bell", 1)];

    public void MapApi(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/inbox").WithTags("消息");
        g.MapGet("/", async (ClaimsPrincipal user, Notifier notifier) =>
        {
            var id = UserId(user);
            return new { unread = await notifier.UnreadAsync(id), messages = await notifier.InboxAsync(id) };
        }).WithSummary("本人的消息（最近200条）及未读数");
        g.MapPost("/read", async (MarkReadRequest r, ClaimsPrincipal user, Notifier notifier) =>
            new { marked = await notifier.MarkReadAsync(UserId(user), r.Id) })
            .WithSummary("标为已读：id 为一条消息，省略则全部");
    }

    public static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new UnauthorizedAccessException();
}

public sealed record MarkReadRequest(long? Id);
