using System.Net.Http.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fazhi.Kernel.Notifications;

/// <summary>Where a message goes besides the inbox: a user's e-mail address or mobile number.</summary>
public interface INotificationChannel
{
    string Name { get; }
    /// <summary>The user's address on this channel, or null when they have none.</summary>
    string? AddressOf(Access.AppUser user);
    Task SendAsync(string address, Notification message, CancellationToken ct);
}

/// <summary>One JSON line per message in {Directory}/{channel}-{date}.jsonl.</summary>
public sealed class FileChannel(string name, ChannelOptions options, Func<Access.AppUser, string?> address)
    : INotificationChannel
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    static readonly SemaphoreSlim Writing = new(1, 1);

    public string Name => name;
    public string? AddressOf(Access.AppUser user) => address(user);

    public async Task SendAsync(string to, Notification message, CancellationToken ct)
    {
        Directory.CreateDirectory(options.Directory);
        var line = JsonSerializer.Serialize(new { to, message.Title, message.Body, message.Url, message.Key }, Json);
        var path = Path.Combine(options.Directory, $"{name}-{DateTime.UtcNow:yyyyMMdd}.jsonl");
        await Writing.WaitAsync(ct);
        try { await File.AppendAllTextAsync(path, line + "\n", ct); }
        finally { Writing.Release(); }
    }
}

/// <summary>Mail through an SMTP server (MailKit): encrypted when the server offers it (STARTTLS, or TLS from the
/// start on port 465), signed in when User is set.</summary>
public sealed class SmtpChannel(ChannelOptions options) : INotificationChannel
{
    public string Name => "email";
    public string? AddressOf(Access.AppUser user) => user.Email;

    public async Task SendAsync(string to, Notification message, CancellationToken ct)
    {
        var mail = new MimeMessage { Subject = message.Title, Body = new TextPart("plain") { Text = message.Body } };
        mail.From.Add(MailboxAddress.Parse(options.From));
        mail.To.Add(MailboxAddress.Parse(to));
        using var client = new SmtpClient();
        await client.ConnectAsync(options.Host, options.Port, SecureSocketOptions.Auto, ct);
        if (options.User.Length > 0) await client.AuthenticateAsync(options.User, options.Password, ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>Posts {to, text} to the configured SMS gateway.</summary>
public sealed class HttpSmsChannel(ChannelOptions options, HttpClient http) : INotificationChannel
{
    public string Name => "sms";
    public string? AddressOf(Access.AppUser user) => user.PhoneNumber;

    public async Task SendAsync(string to, Notification message, CancellationToken ct) =>
        (await http.PostAsJsonAsync(options.Url, new { to, text = $"{message.Title}：{message.Body}" }, ct))
            .EnsureSuccessStatusCode();
}
