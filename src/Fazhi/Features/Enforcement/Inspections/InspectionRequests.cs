using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>An entry of the registry: what a page or the API may set, never the stored entity.</summary>
public sealed record RegisterObjectRequest(int UnitId, string Name, ObjectKind Kind, string? CreditCode,
    RiskGrade RiskGrade, string? Address)
{
    public InspectionObject ToObject() => new()
    {
        UnitId = UnitId, Name = Name ?? "", Kind = Kind, CreditCode = CreditCode, RiskGrade = RiskGrade,
        Address = Address,
    };
}

public sealed record RegisterRecusalRequest(int ObjectId, int OfficerId, string? Reason);

/// <summary>A new risk grade for an object, written as the sheets write it ("C", "C类" or the label), so that
/// any grade that is not A–D is refused in words.</summary>
public sealed record RiskGradeRequest(string? RiskGrade, string? Reason, int Version);

/// <summary>A plan; the power from the 权责清单 fixes the agency.</summary>
public sealed record RegisterPlanRequest(string Name, int PowerId, decimal RatioA, decimal RatioB, decimal RatioC,
    decimal RatioD, int InspectorsPerObject, DateOnly StartOn, DateOnly EndOn)
{
    public InspectionPlan ToPlan() => new()
    {
        Name = Name ?? "", PowerId = PowerId, RatioA = RatioA, RatioB = RatioB, RatioC = RatioC, RatioD = RatioD,
        InspectorsPerObject = InspectorsPerObject, StartOn = StartOn, EndOn = EndOn,
    };
}

public sealed record DrawRequest(int Version);

public sealed record TaskResultRequest(int TaskId, int Version, InspectionResult Result, DateOnly On, string? Note);

/// <summary>Results published together, as one notice lists them.</summary>
public sealed record ResultPublicationRequest(int[]? TaskIds, DateOnly On, string? Url);

/// <summary>The plan's steps as its timeline words them, once for the API, the pages and the demo.</summary>
public static class InspectionSteps
{
    public static TimelineEvent Registered(InspectionPlan p, DateOnly on, string power) => new(on, "登记",
        $"抽查计划：{power}；{InspectionLabels.Ratios(p)}；" +
            $"每个对象{p.InspectorsPerObject}名执法人员；{p.StartOn:yyyy-MM-dd}至{p.EndOn:yyyy-MM-dd}");

    public static TimelineEvent Regraded(RiskGrade from, RiskGrade to, string reason, DateOnly on) =>
        new(on, "调整风险等级",
            $"风险等级由{InspectionLabels.Grade[from]}调整为{InspectionLabels.Grade[to]}；理由：{reason}");

    public static TimelineEvent Drawn(InspectionPlan p, int tasks) => new(p.DrawnOn!.Value, "抽取",
        $"从{p.ObjectsInPool}个检查对象中随机抽取{tasks}个，" +
            $"从{p.OfficersInPool}名执法人员中随机选派" +
            $"（回避{p.RecusalsInPool}项；随机种子{InspectionLabels.Seed(p.Seed)}）");
}
