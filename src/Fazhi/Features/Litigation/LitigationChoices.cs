namespace Fazhi.Features.Litigation;

/// <summary>Retrial is not split by the procedure it follows (行诉解释 第119条), so no appeal period is shown for
/// it.</summary>
public enum Instance { First = 1, Second = 2, Retrial = 3 }

public enum LitigationStatus { Pending = 1, Concluded = 2 }

public enum OutcomeForm { Judgment = 1, Ruling = 2, Mediation = 3 }

/// <summary>简易程序: first instance only, not for a remand or retrial (行政诉讼法 第82条).</summary>
public enum LitigationProcedure { Ordinary = 1, Simplified = 2 }

/// <summary>Judgments of the 行政诉讼法 第69–78条, the rulings that end a case, and the appeal court's
/// decisions
/// (第89条).</summary>
public enum LitigationOutcome
{
    DismissClaims = 1,         // 驳回诉讼请求 第69条
    Annul = 2,                 // 撤销/部分撤销 第70条
    OrderPerformance = 3,      // 履行 第72条
    OrderPayment = 4,          // 给付 第73条
    ConfirmUnlawful = 5,       // 确认违法 第74条
    ConfirmVoid = 6,           // 确认无效 第75条
    Vary = 7,                  // 变更 第77条
    Withdrawn = 8,             // 准予撤诉（裁定）
    DismissSuit = 9,           // 驳回起诉（裁定）
    Mediated = 10,             // 调解 第60条
    UpholdOnAppeal = 11,       // 驳回上诉、维持原判 第89条第1款第1项
    ReverseAgainstAgency = 12, // 改判、撤销或变更，不利于行政机关 第89条第1款第2、3项
    Remand = 13,               // 发回重审 第89条第1款第3、4项
    ReverseForAgency = 14,     // 改判，有利于行政机关
}

public enum Appellant { None = 1, Plaintiff = 2, Agency = 3, Both = 4 }

/// <summary>Cases in which the court notifies the head to appear (2020 规定 第4条).</summary>
public enum HeadAppearanceGround { PublicInterest = 1, PublicAttention = 2, MassIncident = 3, CourtNotice = 4 }

/// <summary>Who appeared: the first three are 负责人 (2020 规定 第2条), then 相应的工作人员 (第10条),
/// then
/// neither (第12条第1款第3项).</summary>
public enum AppearanceRank { Principal = 1, Deputy = 2, OtherInCharge = 3, Staff = 4, LawyerOnly = 5 }

/// <summary>The excuses of 2020 规定 第8条, and none (第12条第1款第1项).</summary>
public enum AbsenceReason
{
    ForceMajeure = 1, Accident = 2, IrreplaceableDuty = 3, OtherGoodCause = 4, NoValidReason = 5,
}
