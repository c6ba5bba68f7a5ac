using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.LawReports;

public enum LawReportForm { Meeting = 1, Written = 2 }

public enum LawReportGrade { Excellent = 1, Good = 2, Fair = 3, Poor = 4 }

/// <summary>A principal leader's yearly 述法 (党政主要负责人履行推进法治建设第一责任人职责情况): arranged by the
/// 依法治办's unit for each unit that owes it — at the 述法 meeting or in writing — then given by the unit and graded
/// by the arranger. Owed and given ones make the coverage figure.</summary>
public class LawReport : ICaseRecord
{
    public static string OwnerType => "lawreport";

    public int Id { get; set; }
    /// <summary>The unit whose principal leader reports.</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>The unit that arranged the 述法 and grades it.</summary>
    public int ArrangerUnitId { get; set; }
    public Unit? ArrangerUnit { get; set; }
    /// <summary>The year reported on (the 述法 early in 2027 is on 2026).</summary>
    public int Year { get; set; }
    public LawReportForm Form { get; set; }
    public DateOnly DueOn { get; set; }
    public string? LeaderName { get; set; }
    public string? LeaderPost { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public string? Content { get; set; }
    public LawReportGrade? Grade { get; set; }
    public DateOnly? GradedOn { get; set; }
    public string? GradeNote { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

/// <summary>A unit's 第一责任人职责清单 for one post (局长, 党委书记, 镇长): the leader's duties in 法治建设, one per line,
/// as adopted; a new version replaces it (the audit log keeps the one before).</summary>
public class DutyList : IAudited
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string LeaderName { get; set; } = "";
    public string LeaderPost { get; set; } = "";
    public string Duties { get; set; } = "";
    public DateOnly AdoptedOn { get; set; }
    public int Version { get; set; }

    public IEnumerable<string> DutyLines => Duties.Split('\n', StringSplitOptions.TrimEntries)
        .Where(l => l.Length > 0);
}
