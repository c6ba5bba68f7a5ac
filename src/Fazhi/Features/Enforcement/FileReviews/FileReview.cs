using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>A 案卷评查 standard: scored items (e.g. 20 points for the file's form, 80 for its content), veto items
/// that fail a file whatever its points, and the grades with their lower bounds.</summary>
public class ReviewRubric : IAudited
{
    public int Id { get; set; }
    /// <summary>The unit that set the standard.</summary>
    public int UnitId { get; set; }
    public string Name { get; set; } = "";
    public List<RubricItem> Items { get; set; } = [];
    /// <summary>Highest first; the last has a lower bound of 0.</summary>
    public List<GradeBand> Bands { get; set; } = [];
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

public class RubricItem
{
    public int Id { get; set; }
    public int RubricId { get; set; }
    public int Order { get; set; }
    /// <summary>形式, 内容 … ; 否决 for a veto item.</summary>
    public string Section { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>The item's full points; 0 for a veto item.</summary>
    public int Points { get; set; }
    public bool Veto { get; set; }
}

public class GradeBand
{
    public int Id { get; set; }
    public int RubricId { get; set; }
    public int Order { get; set; }
    public string Label { get; set; } = "";
    public decimal MinScore { get; set; }
    /// <summary>At or above the pass line (合格, or "一类以上").</summary>
    public bool Passing { get; set; }
}

/// <summary>A 评查 campaign: a unit samples the decided cases of its units in a year, reproducibly from a stored
/// seed, and has them scored against a standard.</summary>
public class ReviewCampaign : IAudited
{
    public int Id { get; set; }
    /// <summary>The organising unit; it samples from its own subtree.</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int RubricId { get; set; }
    public ReviewRubric? Rubric { get; set; }
    public string Name { get; set; } = "";
    public int Year { get; set; }
    /// <summary>Only cases of this kind, or all kinds.</summary>
    public PowerKind? Kind { get; set; }
    public int SampleSize { get; set; }
    /// <summary>How many cases the sample was drawn from.</summary>
    public int PoolSize { get; set; }
    public long Seed { get; set; }
    public DateOnly SampledOn { get; set; }
    public List<FileReview> Files { get; set; } = [];
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

/// <summary>A sampled case file and its score. Owned by the organiser, who scores it, and seen by the agency whose
/// file it is.</summary>
public class FileReview : IAudited
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public ReviewCampaign? Campaign { get; set; }
    public int OrganiserUnitId { get; set; }
    public int CaseId { get; set; }
    public EnforcementCase? Case { get; set; }
    public int CaseUnitId { get; set; }
    /// <summary>The campaign's year, for the figures.</summary>
    public int Year { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public string? Reviewer { get; set; }
    public decimal? Score { get; set; }
    public bool Vetoed { get; set; }
    public string? Grade { get; set; }
    public bool TopGrade { get; set; }
    public bool Passing { get; set; }
    public string? Comment { get; set; }
    public List<ItemScore> Scores { get; set; } = [];
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

public class ItemScore
{
    public int Id { get; set; }
    public int FileReviewId { get; set; }
    public int RubricItemId { get; set; }
    public decimal Points { get; set; }
    /// <summary>A veto item found to apply.</summary>
    public bool Triggered { get; set; }
    public string? Note { get; set; }
}
