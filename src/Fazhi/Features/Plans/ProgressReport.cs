using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Plans;

/// <summary>A unit's monthly report on a task it was given: what was done, how far the task is (the lead unit's
/// judgement, 0–100%; a participant's contribution may leave it out) and, optionally, an evidence file. One per
/// unit, task and month; a second report of the month corrects the first (audited before and after).</summary>
public class ProgressReport : IAudited
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    public int TaskId { get; set; }
    public int PlanId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int PlanUnitId { get; set; }
    /// <summary>The month reported on, as its first day.</summary>
    public DateOnly Month { get; set; }
    public string Text { get; set; } = "";
    public int? Percent { get; set; }
    public DateOnly ReportedOn { get; set; }
    public string ReportedBy { get; set; } = "";
    public string? EvidenceName { get; set; }
    public string? EvidenceType { get; set; }
    public long EvidenceSize { get; set; }
    /// <summary>SHA-256 of the evidence, hex: shows later that the kept file is the one reported.</summary>
    public string? EvidenceSha256 { get; set; }
    /// <summary>Loaded only to download; not audited (the hash is).</summary>
    public ProgressEvidence? Evidence { get; set; }
    public int Version { get; set; }
}

/// <summary>An evidence file, kept apart so that listing reports never loads their bytes.</summary>
public class ProgressEvidence
{
    public int Id { get; set; }
    public byte[] Content { get; set; } = [];
}
