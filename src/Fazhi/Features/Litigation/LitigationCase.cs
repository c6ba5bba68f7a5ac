using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

public enum Instance { First = 1, Second = 2, Retrial = 3 }

public enum LitigationStatus { Pending = 1, Concluded = 2 }

public enum OutcomeForm { Judgment = 1, Ruling = 2 }

/// <summary>Judgment and ruling types of the 行政诉讼法 第69–78条, plus the rulings that end a case.</summary>
public enum LitigationOutcome
{
    DismissClaims = 1,     // 驳回诉讼请求 第69条
    Annul = 2,             // 撤销/部分撤销 第70条
    OrderPerformance = 3,  // 履行 第72条
    OrderPayment = 4,      // 给付 第73条
    ConfirmUnlawful = 5,   // 确认违法 第74条
    ConfirmVoid = 6,       // 确认无效 第75条
    Vary = 7,              // 变更 第77条
    Withdrawn = 8,         // 准予撤诉（裁定）
    DismissSuit = 9,       // 驳回起诉（裁定）
    Mediated = 10,         // 调解
    UpholdOnAppeal = 11,   // 驳回上诉、维持原判
    RemandOrReverse = 12,  // 发回重审/改判（不利于行政机关）
}

public class LitigationCase : ICaseRecord
{
    public static string OwnerType => "litigation";

    public int Id { get; set; }
    /// <summary>法院案号 such as （2026）晋0225行初12号; unique per court.</summary>
    public string CaseNumber { get; set; } = "";
    /// <summary>被告 (the unit that owns the case).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int CourtUnitId { get; set; }
    public Unit? CourtUnit { get; set; }
    public Instance Instance { get; set; } = Instance.First;
    public string Plaintiffs { get; set; } = "";
    public string Cause { get; set; } = "";
    public DateOnly FiledOn { get; set; }
    /// <summary>Date the agency received the complaint; the 15-day defence period runs from it (第67条).</summary>
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
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

/// <summary>One court session, and who appeared for the agency (2020 规定 on responsible persons appearing).</summary>
public class Hearing : IAudited
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public DateOnly HeldOn { get; set; }
    public bool ResponsiblePersonAppeared { get; set; }
    public string AppearedName { get; set; } = "";
    public string AppearedTitle { get; set; } = "";
    /// <summary>The sealed written explanation a head files when not appearing (行诉解释 第132条).</summary>
    public string? AbsenceExplanation { get; set; }
    public int Version { get; set; }
}
