using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>The kinds of object a 检查对象名录库 holds (市场监管总局, 2019: enterprises, sole traders,
/// products, projects).</summary>
public enum ObjectKind { Enterprise = 1, SoleTrader = 2, Product = 3, Project = 4, Other = 9 }

/// <summary>Credit-risk grades, A low to D high (国市监信发〔2022〕6号); each plan sets its own ratio per
/// grade.</summary>
public enum RiskGrade { A = 1, B = 2, C = 3, D = 4 }

/// <summary>An entry of an agency's 检查对象名录库: what may be drawn for a random inspection. Its timeline
/// keeps each change of its risk grade with the reason.</summary>
public class InspectionObject : ICaseRecord
{
    public static string OwnerType => "inspection-object";

    public int Id { get; set; }
    /// <summary>The agency whose registry it is.</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Name { get; set; } = "";
    public ObjectKind Kind { get; set; }
    /// <summary>统一社会信用代码: required of an enterprise, unique within the registry.</summary>
    public string? CreditCode { get; set; }
    public RiskGrade RiskGrade { get; set; }
    public string? Address { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

/// <summary>An officer who must not inspect an object (回避, 行政处罚法 第43条: a direct interest or
/// another tie that may affect fairness), registered before a draw so that the draw never assigns them to
/// it.</summary>
public class InspectionRecusal : IAudited
{
    public int Id { get; set; }
    /// <summary>The agency of the object and the officer.</summary>
    public int UnitId { get; set; }
    public int ObjectId { get; set; }
    public InspectionObject? Object { get; set; }
    public int OfficerId { get; set; }
    public EnforcementOfficer? Officer { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly RegisteredOn { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}
