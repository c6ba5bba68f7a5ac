using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Normative;

/// <summary>Drafting → (审议不通过) or 印发公布 → in force, until repealed or lapsed (清理, or its validity ending).</summary>
public enum NormativeState { Drafting = 1, Rejected = 2, InForce = 3, Repealed = 4, Lapsed = 5 }

/// <summary>A filing review's finding on the document's legality.</summary>
public enum FilingOutcome { Lawful = 1, Unlawful = 2 }

/// <summary>A 行政规范性文件 from drafting to its end: 合法性审核 and 公平竞争审查 before 集体审议, then registered,
/// numbered and issued by the platform (三统一), published, filed with the government above and reviewed there,
/// evaluated before its validity ends, and judged in cleanup campaigns.</summary>
public class NormativeDocument : ICaseRecord
{
    public static string OwnerType => "normative";

    public int Id { get; set; }
    /// <summary>The issuing body (制定机关).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Title { get; set; } = "";
    public string DraftingUnit { get; set; } = "";
    public DateOnly RegisteredOn { get; set; }
    public NormativeState State { get; set; } = NormativeState.Drafting;
    /// <summary>The text: the draft while drafting, the issued text afterwards.</summary>
    public string Body { get; set; } = "";

    public DateOnly? LegalitySentOn { get; set; }
    public DateOnly? LegalityOn { get; set; }
    public bool? LegalityPassed { get; set; }
    public string? LegalityText { get; set; }
    public DateOnly? FairCompetitionOn { get; set; }
    public string? FairCompetitionText { get; set; }
    public string? FairCompetitionExempt { get; set; }
    public DateOnly? DeliberatedOn { get; set; }
    public string? Minutes { get; set; }

    /// <summary>统一登记号, given by the platform at issue: 〔year〕 and the issuing body's sequence.</summary>
    public string? RegistrationNumber { get; set; }
    /// <summary>文号 in standard form (天政规〔2026〕3号); unique.</summary>
    public string? Number { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string? PublishedAs { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ValidUntil { get; set; }

    public DateOnly? FiledOn { get; set; }
    public string? FiledWith { get; set; }
    /// <summary>Whether it was filed within the region's period, counted on the official calendar when filed.</summary>
    public bool? FiledInTime { get; set; }
    public DateOnly? FilingReviewedOn { get; set; }
    /// <summary>Whether the filing was complete and in form (备案规范).</summary>
    public bool? FilingCompliant { get; set; }
    public FilingOutcome? FilingOutcome { get; set; }
    public string? FilingReviewText { get; set; }
    public DateOnly? CorrectedOn { get; set; }

    public DateOnly? EvaluatedOn { get; set; }
    public string? EvaluationText { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }
    /// <summary>A cleanup's finding that the document is to be amended (修改), while it stays in force.</summary>
    public string? AmendmentDue { get; set; }

    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

/// <summary>清理 verdicts (继续有效 / 修改 / 废止 / 失效).</summary>
public enum CleanupVerdict { Keep = 1, Amend = 2, Repeal = 3, Lapse = 4 }

/// <summary>A cleanup campaign of a government over the documents of its scope in force, each judged with a reason;
/// the campaign's result is published as a list when it closes.</summary>
public class CleanupCampaign : ICaseRecord
{
    public static string OwnerType => "normative-cleanup";

    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Title { get; set; } = "";
    public DateOnly StartedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
    public List<CleanupEntry> Entries { get; set; } = [];
}

/// <summary>One document's verdict in a campaign; carries the campaign's unit.</summary>
public class CleanupEntry : IAudited
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int UnitId { get; set; }
    public int DocumentId { get; set; }
    public CleanupVerdict Verdict { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly On { get; set; }
    public int Version { get; set; }
}
