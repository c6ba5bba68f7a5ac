using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

public class LitigationCase : ICaseRecord
{
    public static string OwnerType => "litigation";

    public int Id { get; set; }
    /// <summary>法院案号 such as （2026）晋0225行初12号; unique per court.</summary>
    public string CaseNumber { get; set; } = "";
    /// <summary>被告 (the unit that owns the case and alone records its steps).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>The 复议机关 sued with the original agency when it upheld the act (行政诉讼法 第26条第2款
    /// ); it sees
    /// the case but does not write it.</summary>
    public int? CoDefendantUnitId { get; set; }
    public Unit? CoDefendantUnit { get; set; }
    public int CourtUnitId { get; set; }
    public Unit? CourtUnit { get; set; }
    public Instance Instance { get; set; } = Instance.First;
    public LitigationProcedure Procedure { get; set; } = LitigationProcedure.Ordinary;
    /// <summary>A suit over the agency not performing a duty applied for (行政诉讼法 第47条).</summary>
    public bool NonPerformance { get; set; }
    /// <summary>Why the head must appear in person (2020 规定 第4条), when the court requires it.</summary>
    public HeadAppearanceGround? HeadMustAppear { get; set; }
    public string Plaintiffs { get; set; } = "";
    public string Cause { get; set; } = "";
    public DateOnly FiledOn { get; set; }
    /// <summary>Date the agency received the complaint (or, on appeal, the 上诉状副本); the defence period runs
    /// from it.</summary>
    public DateOnly? ServedOn { get; set; }
    public DateOnly? DefenceSubmittedOn { get; set; }
    public List<Hearing> Hearings { get; set; } = [];
    public LitigationStatus Status { get; set; } = LitigationStatus.Pending;
    public OutcomeForm? Form { get; set; }
    public LitigationOutcome? Outcome { get; set; }
    public DateOnly? ConcludedOn { get; set; }
    /// <summary>Date the judgment or ruling was served; the appeal period runs from it (第85条).</summary>
    public DateOnly? OutcomeServedOn { get; set; }
    public bool AgencyLost { get; set; }
    /// <summary>Who appealed: on a second instance, given when it is registered; on a first instance, recorded after
    /// the decision (无 when nobody did).</summary>
    public Appellant? Appellant { get; set; }
    /// <summary>The agency means to appeal: only then is the appeal period a duty of its own.</summary>
    public bool AppealIntended { get; set; }
    public DateOnly? AgencyAppealedOn { get; set; }
    /// <summary>On a second instance or retrial: the decision under review went against the agency, so upholding it
    /// is a loss.</summary>
    public bool OriginalLost { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

/// <summary>One court session, and who appeared for the agency (2020 规定 on responsible persons
/// appearing).</summary>
public class Hearing : IAudited
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public DateOnly HeldOn { get; set; }
    /// <summary>Null on hearings recorded before the rank was a choice.</summary>
    public AppearanceRank? Rank { get; set; }
    /// <summary>A 负责人 (2020 规定 第2条) appeared: kept with the rank for the appearance figures.</summary>
    public bool ResponsiblePersonAppeared { get; set; }
    public string AppearedName { get; set; } = "";
    public string AppearedTitle { get; set; } = "";
    public AbsenceReason? AbsenceReason { get; set; }
    /// <summary>The proof of the reason a head could not appear (2020 规定 第9条).</summary>
    public string? AbsenceExplanation { get; set; }
    public int Version { get; set; }
}
