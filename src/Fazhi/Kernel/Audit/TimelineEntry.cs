namespace Fazhi.Kernel.Audit;

/// <summary>One step in a record's business history (收到、受理、中止、恢复、决定…), shown as its
/// timeline.</summary>
public class TimelineEntry : IAudited
{
    public long Id { get; set; }
    public string OwnerType { get; set; } = "";
    public int OwnerId { get; set; }
    public DateOnly On { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public int Version { get; set; }

    public static TimelineEntry Of(
        string ownerType, int ownerId, DateOnly on, string kind, string text, string actor) =>
        new()
        {
            OwnerType = ownerType, OwnerId = ownerId, On = on, Kind = kind, Text = text, Actor = actor,
            RecordedUtc = DateTime.UtcNow,
        };
}
