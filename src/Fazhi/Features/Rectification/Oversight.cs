using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Rectification;

/// <summary>A 法治督察 (or 督导检查): the 督察单位 that held it, what it covered, when and by whom. Its feedback lists
/// the problems found (<see cref="OversightFinding"/>), which the 督察单位 turns into a rectification list — one item
/// may take in several findings, as 开阳 turned 139 findings into 123 items.</summary>
public class Oversight : ICaseRecord
{
    public static string OwnerType => "oversight";

    public int Id { get; set; }
    /// <summary>The 督察单位 (the county's 依法治县办 sits with the county government).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Title { get; set; } = "";
    /// <summary>法治督察, 专项督察, 督导检查 or 实地评估: see <see cref="RectificationLabels.Kinds"/>.</summary>
    public string Kind { get; set; } = "";
    /// <summary>督察范围: the units and the matters covered, as the 督察方案 words them.</summary>
    public string Scope { get; set; } = "";
    public DateOnly StartOn { get; set; }
    public DateOnly EndOn { get; set; }
    /// <summary>督察组成员, as written (names and posts).</summary>
    public string Inspectors { get; set; } = "";
    public string? CreatedById { get; set; }
    public int Version { get; set; }
    public List<OversightFinding> Findings { get; set; } = [];
    public List<RectificationItem> Items { get; set; } = [];
}

/// <summary>One problem in an inspection's feedback, numbered as the feedback numbers it, and the rectification item
/// that takes it in once the list is drawn up.</summary>
public class OversightFinding : IAudited
{
    public int Id { get; set; }
    public int OversightId { get; set; }
    /// <summary>The 督察单位 (the owner of the inspection).</summary>
    public int UnitId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public int? ItemId { get; set; }
    public int Version { get; set; }
}

public enum RectificationState { Open = 1, Submitted = 2, Closed = 3 }

/// <summary>An item of the rectification list (整改清单): a problem given to a responsible unit with a deadline;
/// the unit records its measures and evidence and asks for 销号, and the 督察单位 closes it or sends it back.</summary>
public class RectificationItem : ICaseRecord
{
    public static string OwnerType => "rectification";

    public int Id { get; set; }
    public int OversightId { get; set; }
    public Oversight? Oversight { get; set; }
    /// <summary>The responsible unit (责任单位).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>The 督察单位, which reviews and closes the item.</summary>
    public int IssuerUnitId { get; set; }
    /// <summary>序号 in the list.</summary>
    public int Number { get; set; }
    public string Problem { get; set; } = "";
    public DateOnly AssignedOn { get; set; }
    /// <summary>整改时限, as it now stands: moved by each extension the 督察单位 grants.</summary>
    public DateOnly DueOn { get; set; }
    /// <summary>整改时限 as first set, once an extension has moved it.</summary>
    public DateOnly? OriginalDueOn { get; set; }
    public RectificationState State { get; set; } = RectificationState.Open;
    /// <summary>整改措施 and what has been done, as the unit last recorded them.</summary>
    public string? Measures { get; set; }
    public DateOnly? MeasuresOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>The 督察单位's last review: why it was closed or sent back.</summary>
    public string? ReviewText { get; set; }
    public int Returns { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }

    public bool OverdueOn(DateOnly day) => State != RectificationState.Closed && DueOn < day;
}

/// <summary>An evidence file of an item (整改佐证材料). Lists read it through <see cref="KeptFileInfo"/>, never
/// loading its bytes.</summary>
public class RectificationEvidence : KeptFile
{
    public int ItemId { get; set; }
    public int UnitId { get; set; }
    public int IssuerUnitId { get; set; }
}
