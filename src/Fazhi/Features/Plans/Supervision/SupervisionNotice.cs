using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans.Supervision;

public enum SupervisionReason { TaskOverdue = 1, ReportMissing = 2 }

/// <summary>A 督办单: issued by the plan's government to a lead unit whose task is behind (a target passed short of
/// completion) or whose monthly report is missing. The unit signs for it, replies, and the issuer closes it;
/// unresolved past its escalation day it rises a level. Its cycle's lengths are kept as issued, so a later change
/// of the configured cycle does not move its dates.</summary>
public class SupervisionNotice : ICaseRecord
{
    public static string OwnerType => "supervision";

    public int Id { get; set; }
    /// <summary>督办〔2026〕3号: numbered per issuing unit and year.</summary>
    public string Number { get; set; } = "";
    /// <summary>The supervised unit (the task's lead unit).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int IssuerUnitId { get; set; }
    public Unit? IssuerUnit { get; set; }
    public int PlanId { get; set; }
    public int TaskId { get; set; }
    public int AssignmentId { get; set; }
    public SupervisionReason Reason { get; set; }
    /// <summary>What the notice is for, one notice per cause and unit: "target:12" (a passed target) or
    /// "report:2026-10" (a month's missing report).</summary>
    public string Cause { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Detail { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    /// <summary>1 督办, 2 催办, 3 通报.</summary>
    public int Level { get; set; } = 1;
    public DateOnly? EscalatedOn { get; set; }
    public int AcknowledgeDays { get; set; }
    public int ReplyDays { get; set; }
    public int ResolveDays { get; set; }
    public int EscalateDays { get; set; }
    public DateOnly? AcknowledgedOn { get; set; }
    public DateOnly? RepliedOn { get; set; }
    public string? ReplyText { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public string? ResolutionText { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }

    /// <summary>Where the cycle runs from: the day of issue, or of the last escalation.</summary>
    public DateOnly CycleStart => EscalatedOn ?? IssuedOn;

    public static string LevelName(int level) => level switch { 1 => "督办", 2 => "催办", _ => "通报" };
}
