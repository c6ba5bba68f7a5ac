namespace Fazhi.Kernel.Notifications;

/// <summary>A message in a user's inbox. Key names what it is about ("supervision:12"); a user gets one message per
/// key, whichever node sends it and however often.</summary>
public class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Url { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }
    /// <summary>The channels that took it besides the inbox ("email,sms"), or what refused it.</summary>
    public string? Delivery { get; set; }
}
