namespace Fazhi.Features.Plans.Supervision;

/// <summary>The supervision cycle (Plans:Supervision). Not a statute: each government sets its own. The defaults
/// follow the 1-3-7-10 cycle of 忻州's “13710” 督办 system as this platform reads it — signed for within 1 working
/// day, a reply within 3, resolved within 7, escalated when still open after 10 — and a month's progress report is
/// due by the 5th of the next month.</summary>
public sealed class SupervisionOptions
{
    public int ReportDay { get; set; } = 5;
    public int AcknowledgeDays { get; set; } = 1;
    public int ReplyDays { get; set; } = 3;
    public int ResolveDays { get; set; } = 7;
    public int EscalateDays { get; set; } = 10;
    /// <summary>The highest level: 1 督办, 2 催办, 3 通报.</summary>
    public int MaxLevel { get; set; } = 3;

    /// <summary>A setting that would make a cycle impossible, in words; null when the cycle holds.</summary>
    public string? Problem() =>
        ReportDay is < 1 or > 28 ? "Plans:Supervision:ReportDay 应在1至28之间"
        : new[] { AcknowledgeDays, ReplyDays, ResolveDays, EscalateDays }.Any(d => d is < 1 or > 60)
            ? "Plans:Supervision 的各期限应在1至60个工作日之间"
        : !(AcknowledgeDays <= ReplyDays && ReplyDays <= ResolveDays && ResolveDays <= EscalateDays)
            ? "Plans:Supervision 的期限应依次不减：签收 ≤ 反馈 ≤ 办结 ≤ 升级"
        : MaxLevel is < 1 or > 3 ? "Plans:Supervision:MaxLevel 应在1至3之间" : null;
}
