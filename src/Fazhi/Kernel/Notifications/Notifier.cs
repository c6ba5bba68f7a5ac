using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Notifications;

/// <summary>Sends a message to the users of a unit: into each one's inbox, once per key (a unique index; a second
/// node's insert is refused and skipped), then through each configured channel to those who have an address there.
/// A channel that fails is noted on the message; the inbox keeps it.</summary>
public sealed class Notifier(FazhiDb db, IEnumerable<INotificationChannel> channels, TimeProvider clock,
    ILogger<Notifier> log)
{
    public async Task<int> NotifyUnitAsync(int unitId, string key, string title, string body, string? url,
        CancellationToken ct = default)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.UnitId == unitId).ToListAsync(ct);
        var known = await db.Notifications.Where(n => n.Key == key).Select(n => n.UserId).ToListAsync(ct);
        var sent = 0;
        foreach (var user in users.Where(u => !known.Contains(u.Id)))
        {
            var message = new Notification
            {
                UserId = user.Id, Key = key, Title = title, Body = body, Url = url,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Notifications.Add(message);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (StoreErrors.IsDuplicate(e))
            {
                db.Entry(message).State = EntityState.Detached;
                continue;
            }
            message.Delivery = await DeliverAsync(user, message, ct);
            await db.SaveChangesAsync(ct);
            sent++;
        }
        return sent;
    }

    async Task<string?> DeliverAsync(Access.AppUser user, Notification message, CancellationToken ct)
    {
        var outcomes = new List<string>();
        foreach (var channel in channels)
        {
            if (channel.AddressOf(user) is not { Length: > 0 } address) continue;
            try
            {
                await channel.SendAsync(address, message, ct);
                outcomes.Add(channel.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "通知发送失败：{Channel} {Key}", channel.Name, message.Key);
                outcomes.Add($"{channel.Name}失败");
            }
        }
        return outcomes.Count == 0 ? null : string.Join(',', outcomes);
    }

    public Task<List<Notification>> InboxAsync(string userId, CancellationToken ct = default) =>
        db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(200)
            .ToListAsync(ct);

    public Task<int> UnreadAsync(string userId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadUtc == null, ct);

    /// <summary>Marks one message (or, with null, all) of the user read; another user's message is not found.</summary>
    public Task<int> MarkReadAsync(string userId, long? id, CancellationToken ct = default) =>
        db.Notifications.Where(n => n.UserId == userId && n.ReadUtc == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, clock.GetUtcNow().UtcDateTime), ct);
}

public static class NotificationSetup
{
    /// <summary>The inbox always; e-mail and SMS as Notifications:Email and Notifications:Sms configure them.</summary>
    public static IServiceCollection AddFazhiNotifications(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection("Notifications").Get<NotificationOptions>() ?? new();
        services.AddScoped<Notifier>();
        switch (options.Email.Sink)
        {
            case "": break;
            case "file":
                services.AddSingleton<INotificationChannel>(new FileChannel("email", options.Email, u => u.Email));
                break;
            case "smtp": services.AddSingleton<INotificationChannel>(new SmtpChannel(options.Email)); break;
            default: throw new InvalidOperationException("Notifications:Email:Sink 应为 file 或 smtp（留空为不发送）");
        }
        switch (options.Sms.Sink)
        {
            case "": break;
            case "file":
                services.AddSingleton<INotificationChannel>(new FileChannel("sms", options.Sms, u => u.PhoneNumber));
                break;
            case "http":
                services.AddHttpClient(nameof(HttpSmsChannel));
                services.AddSingleton<INotificationChannel>(sp => new HttpSmsChannel(options.Sms,
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(HttpSmsChannel))));
                break;
            default: throw new InvalidOperationException("Notifications:Sms:Sink 应为 file 或 http（留空为不发送）");
        }
        return services;
    }
}
