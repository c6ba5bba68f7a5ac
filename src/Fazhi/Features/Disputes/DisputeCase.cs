using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Disputes;

/// <summary>Where a mediation organisation stands: a village's or township's 人民调解委员会, the county's, a
/// 行业性专业性 committee, or the 行政争议协调化解中心, which takes administrative disputes.</summary>
public enum OrganisationLevel { Village = 1, Township = 2, County = 3, Professional = 4, AdministrativeCentre = 5 }

/// <summary>How a dispute came: brought by a party, pushed by a court (委派、委托调解), or passed on by the
/// reconsideration body.</summary>
public enum DisputeSource { Party = 1, Court = 2, Reconsideration = 3 }

/// <summary>成功 (an agreement), 失败 (调解不成, 人民调解法第26条), 终止 (a party withdrew or refused, the matter went
/// to court…), or 退回 (a pushed dispute sent back to the court or the reconsideration body unresolved).</summary>
public enum DisputeOutcome { Resolved = 1, Failed = 2, Terminated = 3, Returned = 4 }

/// <summary>A mediation organisation, registered with the unit that guides it (a village committee with its
/// township), and its mediators.</summary>
public class MediationOrganisation : IAudited
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Name { get; set; } = "";
    public OrganisationLevel Level { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
    public List<Mediator> Mediators { get; set; } = [];
}

/// <summary>A mediator of an organisation (专职 or 兼职).</summary>
public class Mediator : IAudited
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>The organisation's unit, so a row cannot claim another unit's organisation.</summary>
    public int UnitId { get; set; }
    public string Name { get; set; } = "";
    public bool FullTime { get; set; }
    public int Version { get; set; }
}

/// <summary>A dispute taken in for mediation (矛盾纠纷化解案件), from receipt to its outcome and, for an agreement, the
/// court's 司法确认.</summary>
public class DisputeCase : ICaseRecord
{
    public static string OwnerType => "dispute";

    public int Id { get; set; }
    /// <summary>The organisation's unit.</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int OrganisationId { get; set; }
    public MediationOrganisation? Organisation { get; set; }
    /// <summary>The organisation's level when the dispute came, so that counts by level read one column.</summary>
    public OrganisationLevel Level { get; set; }
    /// <summary>"（2026）调字第12号": the organisation's own numbering within the year of receipt.</summary>
    public string Number { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Parties { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public DisputeSource Source { get; set; }
    /// <summary>The court's or the reconsideration body's reference for a pushed dispute.</summary>
    public string? SourceReference { get; set; }
    public DisputeOutcome? Outcome { get; set; }
    public DateOnly? ConcludedOn { get; set; }
    /// <summary>The agreement (调解协议) when resolved; otherwise why it ended.</summary>
    public string? OutcomeText { get; set; }
    public DateOnly? ConfirmationAppliedOn { get; set; }
    /// <summary>The court's decision on 司法确认: valid (true) or not confirmed (false); null while it is awaited.
    /// </summary>
    public bool? Confirmed { get; set; }
    public DateOnly? ConfirmedOn { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}
