using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Assessment;

/// <summary>自评 (the unit scores itself with evidence) → 复核 (the assessor's review) → 异议 (the unit objects within
/// the window) → 确定 (final, objections answered).</summary>
public enum AssessmentState { SelfAssessing = 1, Submitted = 2, Reviewed = 3, Final = 4 }

/// <summary>One unit's assessment (考核) for a year on the assessor's indicator system: the case both sides work on,
/// its scores one per leaf.</summary>
public class UnitAssessment : ICaseRecord
{
    public static string OwnerType => "assessment";

    public int Id { get; set; }
    public int SystemId { get; set; }
    public IndicatorSystem? System { get; set; }
    /// <summary>The assessed unit.</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int AssessorUnitId { get; set; }
    public Unit? AssessorUnit { get; set; }
    public int Year { get; set; }
    public AssessmentState State { get; set; }
    public DateOnly SelfDueOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    /// <summary>The last day the unit may object to the reviewed scores.</summary>
    public DateOnly? ObjectionDueOn { get; set; }
    public DateOnly? FinalOn { get; set; }
    /// <summary>The final total, fixed when the assessment is final.</summary>
    public decimal? Total { get; set; }
    /// <summary>考核评语: the assessor's word on the result, given with the final scores.</summary>
    public string? Comment { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
    public List<AssessmentScore> Scores { get; set; } = [];
}

/// <summary>A leaf's score through the cycle: the unit's own with its note, the figure's (with the formula) where the
/// leaf is scored from one, the reviewer's with the reason for any point taken, an objection and its answer, and the
/// final score.</summary>
public class AssessmentScore : IAudited
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public int UnitId { get; set; }
    public int AssessorUnitId { get; set; }
    public int IndicatorId { get; set; }
    public decimal? SelfScore { get; set; }
    public string? SelfNote { get; set; }
    /// <summary>Figure or deduction: the score and its working, as fixed when the review was completed.</summary>
    public decimal? AutoScore { get; set; }
    public string? AutoNote { get; set; }
    public decimal? ReviewScore { get; set; }
    public string? ReviewNote { get; set; }
    public string? Objection { get; set; }
    public bool? ObjectionAccepted { get; set; }
    public string? ObjectionReply { get; set; }
    public decimal? FinalScore { get; set; }
    public int Version { get; set; }
}

/// <summary>A file the unit offers for a leaf's self-assessment.</summary>
public class AssessmentEvidence : KeptFile
{
    public int AssessmentId { get; set; }
    public int UnitId { get; set; }
    public int AssessorUnitId { get; set; }
    public int IndicatorId { get; set; }
}
