using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Enforcement;

public enum OfficerStatus { Active = 1, Suspended = 2, Revoked = 3 }

/// <summary>A 行政执法人员 of an agency (执法主体): identity, 执法证 and its validity, yearly
/// training.</summary>
public class EnforcementOfficer : IAudited
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Name { get; set; } = "";

    /// <summary>居民身份证号, shown masked except to those allowed to see it.</summary>
    public string IdNumber { get; set; } = "";

    public string CertificateNumber { get; set; } = "";
    public DateOnly CertificateValidUntil { get; set; }
    public OfficerStatus Status { get; set; } = OfficerStatus.Active;
    public string? CreatedById { get; set; }
    public List<OfficerTraining> Trainings { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>Hours of enforcement training an officer took in a year (the plan asks at least 60).</summary>
public class OfficerTraining : IAudited
{
    public int Id { get; set; }
    public int OfficerId { get; set; }
    public int Year { get; set; }
    public decimal Hours { get; set; }
    public string Course { get; set; } = "";
    public int Version { get; set; }
}
