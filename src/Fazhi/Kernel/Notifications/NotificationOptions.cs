namespace Fazhi.Kernel.Notifications;

/// <summary>Notifications:Email and Notifications:Sms. Each channel is off unless configured: "file" writes one JSON
/// line per message to a directory (tests, or a relay that picks files up), "smtp" sends mail, "http" posts to an SMS
/// gateway. The inbox always takes the message.</summary>
public sealed class NotificationOptions
{
    public ChannelOptions Email { get; set; } = new();
    public ChannelOptions Sms { get; set; } = new();
}

public sealed class ChannelOptions
{
    /// <summary>"" (off), "file", "smtp" (Email) or "http" (Sms).</summary>
    public string Sink { get; set; } = "";
    public string Directory { get; set; } = "data/outbox";
    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    public string From { get; set; } = "";
    /// <summary>The SMTP sign-in, when the server asks for one.</summary>
    public string User { get; set; } = "";
    public string Password { get; set; } = "";
    public string Url { get; set; } = "";
}
