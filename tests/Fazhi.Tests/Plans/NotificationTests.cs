using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Storage;

namespace Fazhi.Tests.Plans;

/// <summary>督办单 and reminders reach the lead unit's users: in their inbox, and by e-mail where a channel is
/// configured (a file sink here), each once however often the check runs.</summary>
public class NotificationTests
{
    static async Task<JsonElement> InboxAsync(HttpClient http) =>
        JsonDocument.Parse(await http.GetStringAsync("/api/inbox")).RootElement;

    static IEnumerable<string> Titles(JsonElement inbox) =>
        inbox.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("title").GetString()!);

    [Theory, BothStores]
    public async Task A_notice_reaches_the_units_inbox_and_mail_once_and_a_target_is_reminded_a_week_ahead(
        string provider)
    {
        var outbox = Path.Combine(Path.GetTempPath(), "fazhi-outbox-" + Guid.NewGuid().ToString("N"));
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        app.Settings["Notifications:Email:Sink"] = "file";
        app.Settings["Notifications:Email:Directory"] = outbox;
        var scj = await app.ClientForAsync("scj");
        var gaj = await app.ClientForAsync("gaj");
        var sfj = await app.ClientForAsync("sfj");

        var inbox = await InboxAsync(scj);
        Assert.Contains(Titles(inbox), t => t.StartsWith("督办单督办〔2026〕"));
        Assert.True(inbox.GetProperty("unread").GetInt32() > 0);
        Assert.DoesNotContain(Titles(await InboxAsync(gaj)), t => t.StartsWith("督办单"));
        Assert.False(Directory.Exists(outbox)); // nobody had an address yet

        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            (await db.Users.SingleAsync(u => u.UserName == "scj")).Email = "scj@qinghe.example";
            await db.SaveChangesAsync();
        });
        app.Clock.Set("2026-12-07"); // November's report was due on 12-05
        await sfj.PostAsync("/api/plans/supervision/run", null);
        await sfj.PostAsync("/api/plans/supervision/run", null);

        var mails = Directory.GetFiles(outbox).SelectMany(File.ReadAllLines).ToList();
        var november = Titles(await InboxAsync(scj)).Count(t => t.StartsWith("督办单"))
            - Titles(inbox).Count(t => t.StartsWith("督办单"));
        Assert.True(november > 0);
        Assert.Equal(november, mails.Count);
        Assert.All(mails, m => Assert.Contains("scj@qinghe.example", m));

        app.Clock.Set("2026-12-26"); // the quarterly 双随机 publication falls due on 12-31
        await sfj.PostAsync("/api/plans/supervision/run", null);
        await sfj.PostAsync("/api/plans/supervision/run", null);
        Assert.Single(Titles(await InboxAsync(scj)), t => t.Contains("的时间节点将至"));

        await scj.PostAsJsonAsync("/api/inbox/read", new { });
        Assert.Equal(0, (await InboxAsync(scj)).GetProperty("unread").GetInt32());
        Directory.Delete(outbox, true);
    }
}
