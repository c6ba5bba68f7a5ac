using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using Fazhi.Kernel.Storage;

namespace Fazhi.Tests.Plans;

/// <summary>督办单 and reminders reach the lead unit's users: in their inbox, and by e-mail and SMS where a channel is
/// configured (a file sink; an SMTP server and an SMS gateway on this machine), each once however often the check
/// runs.</summary>
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

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>An SMS gateway on this machine that takes every post and keeps its body.</summary>
    static (HttpListener Gateway, ConcurrentQueue<string> Posted) SmsGateway(int port)
    {
        var gateway = new HttpListener();
        gateway.Prefixes.Add($"http://127.0.0.1:{port}/");
        gateway.Start();
        var posted = new ConcurrentQueue<string>();
        _ = Task.Run(async () =>
        {
            while (gateway.IsListening)
            {
                try
                {
                    var call = await gateway.GetContextAsync();
                    using (var body = new StreamReader(call.Request.InputStream))
                        posted.Enqueue(await body.ReadToEndAsync());
                    call.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            }
        });
        return (gateway, posted);
    }

    [Theory, BothStores]
    public async Task A_notice_goes_to_an_smtp_server_and_an_sms_gateway_in_chinese(string provider)
    {
        using var smtp = SimpleSmtpServer.Start(FreePort());
        var smsPort = FreePort();
        var (gateway, posted) = SmsGateway(smsPort);
        using var _ = gateway;
        await using var app = await new TestApp(provider).WithDemoAsync();
        app.Settings["Notifications:Email:Sink"] = "smtp";
        app.Settings["Notifications:Email:Host"] = "127.0.0.1";
        app.Settings["Notifications:Email:Port"] = smtp.Configuration.Port.ToString();
        app.Settings["Notifications:Email:From"] = "fazhi@qinghe.example";
        app.Settings["Notifications:Sms:Sink"] = "http";
        app.Settings["Notifications:Sms:Url"] = $"http://127.0.0.1:{smsPort}/sms";
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            var scj = await db.Users.SingleAsync(u => u.UserName == "scj");
            (scj.Email, scj.PhoneNumber) = ("scj@qinghe.example", "13800000000");
            await db.SaveChangesAsync();
        });
        var scjClient = await app.ClientForAsync("scj");
        var before = Titles(await InboxAsync(scjClient)).Count();
        app.Clock.Set("2026-12-07"); // November's report was due on 12-05
        await (await app.ClientForAsync("sfj")).PostAsync("/api/plans/supervision/run", null);

        var sent = Titles(await InboxAsync(scjClient)).Count() - before;
        Assert.True(sent > 0);
        var mails = smtp.ReceivedEmail.Select(m => MimeKit.MimeMessage.Load(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();
        Assert.Equal(sent, mails.Count);
        Assert.All(mails, m => Assert.Equal("scj@qinghe.example", m.To.Mailboxes.Single().Address));
        Assert.All(mails, m => Assert.StartsWith("督办单督办〔2026〕", m.Subject));
        Assert.Equal(sent, posted.Count);
        Assert.All(posted.Select(p => JsonDocument.Parse(p).RootElement), sms =>
        {
            Assert.Equal("13800000000", sms.GetProperty("to").GetString());
            Assert.StartsWith("督办单督办〔2026〕", sms.GetProperty("text").GetString());
        });
        // Each message notes the channels that took it.
        Assert.Equal(sent, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.Delivery == "email,sms")));
    }
}
