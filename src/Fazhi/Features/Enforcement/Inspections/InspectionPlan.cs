using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>A 抽查计划 (优化营商环境条例 第54条: objects drawn at random, inspectors assigned at random,
/// results published): the inspection power it exercises, how much of each risk grade to draw, how many
/// inspectors go to each object, and — once drawn — the seed and the pools the draw used, so anyone can run it
/// again.</summary>
public class InspectionPlan : ICaseRecord
{
    public static string OwnerType => "inspection";

    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Name { get; set; } = "";
    /// <summary>A 行政检查 item of the agency's 权责清单.</summary>
    public int PowerId { get; set; }
    public EnforcementPower? Power { get; set; }
    /// <summary>Percent of the registry's objects of each grade to draw, 0–100 with at most two
    /// decimals.</summary>
    public decimal RatioA { get; set; }
    public decimal RatioB { get; set; }
    public decimal RatioC { get; set; }
    public decimal RatioD { get; set; }
    public int InspectorsPerObject { get; set; } = 2;
    public DateOnly StartOn { get; set; }
    public DateOnly EndOn { get; set; }

    public DateOnly? DrawnOn { get; set; }
    /// <summary>The draw's 64-bit seed, from a cryptographic source at the moment of the draw.</summary>
    public long? Seed { get; set; }
    public int ObjectsInPool { get; set; }
    public int OfficersInPool { get; set; }
    public int RecusalsInPool { get; set; }
    /// <summary>SHA-256 of the stored pool, hex: shows on re-running that the pool is the one drawn from.</summary>
    public string? PoolSha256 { get; set; }
    /// <summary>SHA-256 of the drawn tasks (InspectionDraw.Sha256), hex: the audited plan vouches with it for the
    /// tasks written without a link each, and 复核抽取 tells a task changed since from a draw that differs.</summary>
    public string? ResultSha256 { get; set; }
    /// <summary>Loaded only to re-run the draw.</summary>
    public InspectionPool? Pool { get; set; }
    public List<InspectionTask> Tasks { get; set; } = [];

    public string? CreatedById { get; set; }
    public int Version { get; set; }

    public decimal Ratio(RiskGrade grade) => grade switch
    {
        RiskGrade.A => RatioA, RiskGrade.B => RatioB, RiskGrade.C => RatioC, _ => RatioD,
    };
}

/// <summary>The pools a draw used (DrawPool.Encode), kept apart so that reading a plan never loads
/// them.</summary>
public class InspectionPool
{
    public int Id { get; set; }
    public byte[] Content { get; set; } = [];
}

/// <summary>What an inspection found, in the categories results are published under.</summary>
public enum InspectionResult
{
    NoProblem = 1, RectificationOrdered = 2, CaseOpened = 3, NotOperating = 4, NotFound = 5, Uncooperative = 6,
}

/// <summary>Where tasks stand, for narrowing a plan's list: not inspected, inspected and not published, published,
/// past their period unpublished.</summary>
public enum TaskState { Pending = 1, Unpublished = 2, Published = 3, Overdue = 4 }

/// <summary>One drawn object of a plan, its inspectors, what they found and when it was published.</summary>
public class InspectionTask : IAudited
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public InspectionPlan? Plan { get; set; }
    /// <summary>The plan's agency, which owns the task (the key to the plan holds it).</summary>
    public int UnitId { get; set; }
    public int ObjectId { get; set; }
    public InspectionObject? Object { get; set; }
    /// <summary>The object's grade when drawn.</summary>
    public RiskGrade RiskGrade { get; set; }
    public DateOnly DrawnOn { get; set; }
    /// <summary>The officers drawn to inspect it, kept on the task (a draw writes tens of thousands of
    /// tasks).</summary>
    public int[] InspectorIds { get; set; } = [];
    public InspectionResult? Result { get; set; }
    public DateOnly? ResultOn { get; set; }
    public string? ResultNote { get; set; }
    /// <summary>When the result is to be published, fixed when it is recorded (for the figures).</summary>
    public DateOnly? PublicityDue { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublicationUrl { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}
