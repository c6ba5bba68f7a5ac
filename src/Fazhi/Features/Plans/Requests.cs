namespace Fazhi.Features.Plans;

/// <summary>A person's choice of unit for a name the plan used (县发改委 → 清河县发展和改革局).</summary>
public sealed record ResolveNameRequest(int Version, string Name, int UnitId);

/// <summary>A monthly progress report on an assignment; Month as yyyy-MM.</summary>
public sealed record ReportProgressRequest(string Month, string Text, int? Percent);

/// <summary>A task's 时间节点: a new one, or a change to the one MilestoneId names; Version is the plan's.</summary>
public sealed record MilestoneRequest(int Version, int? MilestoneId, string? Text, DateOnly? DueOn,
    Reading.Recurrence? Recurs);

public sealed record RemoveMilestoneRequest(int Version, int MilestoneId);
