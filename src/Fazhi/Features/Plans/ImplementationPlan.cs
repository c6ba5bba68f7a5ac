using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans;

/// <summary>A government's implementation plan (实施方案): its tasks, each given to lead and participating
/// units, with dated targets. Owned by the government that issued it.</summary>
public class ImplementationPlan : ICaseRecord
{
    public static string OwnerType => "plan";

    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Title { get; set; } = "";
    /// <summary>文号 as written (天发〔2022〕42号), when the document has one.</summary>
    public string? DocumentNumber { get; set; }
    public DateOnly IssuedOn { get; set; }
    public List<PlanTask> Tasks { get; set; } = [];
    /// <summary>Every task's assignments, so a new plan's rows get its id on the one insert.</summary>
    public List<TaskAssignment> Assignments { get; set; } = [];
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

/// <summary>One task of a plan, its number and text as the document wrote them.</summary>
public class PlanTask : IAudited
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    /// <summary>The plan's unit, kept on the row so the task's scope needs no join.</summary>
    public int PlanUnitId { get; set; }
    public int Ordinal { get; set; }
    public string Number { get; set; } = "";
    public string Text { get; set; } = "";
    public List<TaskAssignment> Assignments { get; set; } = [];
    public List<TaskMilestone> Milestones { get; set; } = [];
    public int Version { get; set; }
}

public enum NameMatch
{
    /// <summary>The name is the unit's (after the usual short forms).</summary>
    Matched = 1,
    /// <summary>A person chose the unit for the name.</summary>
    Resolved = 2,
    /// <summary>No unit yet: the name was not found, or more than one unit could be meant.</summary>
    Pending = 3,
    /// <summary>A description, not a unit (县政府其他有关部门): nobody is asked to resolve it.</summary>
    General = 4,
}

/// <summary>A unit given a task as lead (牵头) or participant (参加), with the name the plan used for it. Until a
/// person resolves a pending name, UnitId is empty and only the plan's unit sees the row.</summary>
public class TaskAssignment : IAudited
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public int PlanId { get; set; }
    public int PlanUnitId { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    public UnitRole Role { get; set; }
    public string NameAsWritten { get; set; } = "";
    public NameMatch Match { get; set; }
    public int Version { get; set; }
}

/// <summary>A dated target of a task (2023年底前…; 每年4月底前…, which recurs).</summary>
public class TaskMilestone : IAudited
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public int PlanUnitId { get; set; }
    public string Text { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public Recurrence? Recurs { get; set; }
    public int Version { get; set; }
}
