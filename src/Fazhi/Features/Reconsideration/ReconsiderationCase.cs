using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Reconsideration;

public enum ReconsiderationStatus
{
    Received = 1, MaterialRequested = 2, Accepted = 3, Suspended = 4, Concluded = 5, NotAccepted = 6,
    Abandoned = 7, // 视为放弃: material not supplied in time without good reason, 第31条第2款
}

public enum ReconsiderationProcedure { Ordinary = 1, Simplified = 2 }

public enum ActCategory
{
    Penalty = 1, Coercion = 2, Licensing = 3, InformationDisclosure = 4, Confirmation = 5, Inaction = 6,
    Expropriation = 7, WorkInjury = 8, Other = 9,
    Agreement = 10, // 行政协议 (第11条第13项; decided under 第71条)
}

/// <summary>Decision types of the 行政复议法 (2023), 第63–74条 and 第33、41条.</summary>
public enum ReconsiderationDecision
{
    Uphold = 1,               // 维持 第68条
    DismissClaim = 2,         // 驳回复议请求 第69条
    DismissApplication = 3,   // 驳回申请 第33条
    Annul = 4,                // 撤销 第64条
    PartlyAnnul = 5,          // 部分撤销 第64条
    Vary = 6,                 // 变更 第63条
    ConfirmUnlawful = 7,      // 确认违法 第65条
    ConfirmVoid = 8,          // 确认无效 第67条
    OrderPerformance = 9,     // 责令履行 第66条
    Mediation = 10,           // 调解 第73条
    SettledWithdrawn = 11,    // 和解后撤回终止 第74条
    Terminated = 12,          // 终止 第41条
    // 决定承担依法订立、继续履行、采取补救措施或者赔偿损失等责任 第71条第1款
    AgreementLiability = 13,
    // 决定依法给予合理补偿（变更、解除行政协议合法而补偿不当）第71条第2款
    AgreementCompensation = 14,
}

/// <summary>What the decision says on compensation (第72条): beside the decision, never a decision of its
/// own.</summary>
public enum CompensationRuling
{
    ClaimDismissed = 1, // 驳回行政赔偿请求 第72条第1款
    // 决定被申请人依法给予赔偿 第72条第1款
    Awarded = 2,
    // 未请求赔偿时责令返还财产、解除查封扣押冻结或者赔偿相应价款 第72条第2款
    Restitution = 3,
}

/// <summary>第53条: the simplified procedure needs one of these (besides clear facts and little dispute).</summary>
public enum SimplifiedBasis
{
    OnTheSpot = 1, WarningOrCriticism = 2, SmallAmount = 3, InformationDisclosure = 4, PartiesAgree = 5,
}

/// <summary>第23条第1款: the items under which reconsideration must come before a lawsuit (复议前置).</summary>
public enum ReviewFirstGround
{
    OnTheSpotPenalty = 1, NaturalResourceRights = 2, Inaction = 3, InformationWithheld = 4, OtherLaw = 5,
}

/// <summary>中止 grounds of 第39条第1款, numbered as its items; items 1, 2 and 4 lead to termination after 60
/// days
/// (第41条第1款第5项).</summary>
public enum SuspensionGround
{
    ApplicantDied = 1, LostCapacity = 2, ApplicantMissing = 3, EntityEnded = 4, ForceMajeure = 5,
    MediationOrSettlement = 6, LegalInterpretation = 7, AwaitingOtherCase = 8, NormativeDocumentReview = 9, Other = 10,
}

public class ReconsiderationCase : ICaseRecord
{
    public static string OwnerType => "reconsideration";

    public int Id { get; set; }
    /// <summary>案号 such as 天政复〔2026〕12号; unique.</summary>
    public string CaseNumber { get; set; } = "";
    public string Applicants { get; set; } = "";
    /// <summary>复议机关 (the unit that owns the case).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>被申请人.</summary>
    public int RespondentUnitId { get; set; }
    public Unit? RespondentUnit { get; set; }
    public string ContestedAct { get; set; } = "";
    public ActCategory Category { get; set; }
    public decimal? AmountYuan { get; set; }
    public ReconsiderationProcedure Procedure { get; set; } = ReconsiderationProcedure.Ordinary;
    public SimplifiedBasis? SimplifiedBasis { get; set; }
    public ReconsiderationStatus Status { get; set; } = ReconsiderationStatus.Received;
    /// <summary>复议前置 (第23条): the applicant could not have sued first.</summary>
    public ReviewFirstGround? ReviewFirst { get; set; }
    /// <summary>第32条: the application was handed to the agency that decided the penalty on this day; it forwards it
    /// (ReceivedOn is then the day the 复议机关 got it).</summary>
    public DateOnly? SubmittedViaRespondentOn { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? MaterialRequestedOn { get; set; }
    public DateOnly? MaterialSuppliedOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    /// <summary>The review period lapsed without a decision, so the case counts as accepted from its last day
    /// (第30条第3款); AcceptedOn is that day.</summary>
    public bool AcceptanceDeemed { get; set; }
    public DateOnly? NotAcceptedOn { get; set; }
    /// <summary>The day the application was recorded as abandoned (第31条第2款).</summary>
    public DateOnly? AbandonedOn { get; set; }
    public DateOnly? CopySentOn { get; set; }
    /// <summary>The day the respondent received the copy: its answer period runs from here (第48条, 第54条
    /// ).</summary>
    public DateOnly? CopyReceivedOn { get; set; }
    public DateOnly? AnswerReceivedOn { get; set; }
    /// <summary>中止 periods; the open one (no ResumedOn) is the current suspension.</summary>
    public List<ReconsiderationSuspension> Suspensions { get; set; } = [];
    public DateOnly? ConcludedOn { get; set; }
    public ReconsiderationDecision? Decision { get; set; }
    /// <summary>The respondent corrected its own act before the case ended (counts in 综合纠错率).</summary>
    public bool RespondentSelfCorrected { get; set; }
    /// <summary>撤销 with 责令重新作出行政行为 within this many days (第64条第1款); null when not
    /// ordered.</summary>
    public int? RedoWithinDays { get; set; }
    public CompensationRuling? Compensation { get; set; }
    /// <summary>转为普通程序 (第55条) and the 复议机构负责人 who approved it.</summary>
    public DateOnly? ConvertedOn { get; set; }
    public string? ConversionApprover { get; set; }
    /// <summary>第49条: the parties' opinions heard, or why not (the party's cause) and so reviewed in
    /// writing.</summary>
    public DateOnly? OpinionsHeardOn { get; set; }
    public string? WrittenReviewReason { get; set; }
    /// <summary>听证 (第50条): the written notice (第51条), the day it names, the day it was held.</summary>
    public DateOnly? HearingNoticeOn { get; set; }
    public DateOnly? HearingScheduledOn { get; set; }
    public DateOnly? HearingHeldOn { get; set; }
    /// <summary>行政复议委员会 咨询意见 (第52条), recorded as the committee gave it.</summary>
    public DateOnly? CommitteeOn { get; set; }
    public string? CommitteeAdvice { get; set; }
    /// <summary>行政复议意见书 (第76条): the day the recipient received it, who, and the day it reported
    /// back.</summary>
    public DateOnly? OpinionLetterServedOn { get; set; }
    public string? OpinionLetterRecipient { get; set; }
    public DateOnly? OpinionLetterReportedOn { get; set; }
    /// <summary>The day the decision was made public (第79条).</summary>
    public DateOnly? PublishedOn { get; set; }
    /// <summary>附带审查 (第56–59条): raised on this day, of this document; done (handled or forwarded) on
    /// IncidentalDoneOn.</summary>
    public DateOnly? IncidentalReviewOn { get; set; }
    public string? IncidentalDocument { get; set; }
    public DateOnly? IncidentalDoneOn { get; set; }
    public IncidentalOutcome? IncidentalOutcome { get; set; }
    /// <summary>第58条: the maker notified to answer, and its answer; 第60条: the reply of the organ forwarded to.
    /// </summary>
    public DateOnly? MakerNotifiedOn { get; set; }
    public DateOnly? MakerAnsweredOn { get; set; }
    public DateOnly? ForwardReplyOn { get; set; }
    /// <summary>第77条第2款: the respondent ordered to perform the decision by PerformanceDue.</summary>
    public DateOnly? PerformanceOrderedOn { get; set; }
    public DateOnly? PerformanceDue { get; set; }
    /// <summary>第78条: the decision enforced against an applicant or third party who did not perform it.</summary>
    public DateOnly? EnforcedOn { get; set; }
    public EnforcementRoute? Enforcement { get; set; }
    /// <summary>The respondent performed the decision (第77条第1款).</summary>
    public DateOnly? PerformedOn { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }

    public bool IsOpen => Status is ReconsiderationStatus.Received or ReconsiderationStatus.MaterialRequested
        or ReconsiderationStatus.Accepted or ReconsiderationStatus.Suspended;

    /// <summary>第49条 is met: opinions heard (a hearing hears them too), or written review for the party's
    /// cause.</summary>
    public bool OpinionsHeard =>
        OpinionsHeardOn is not null || HearingHeldOn is not null || WrittenReviewReason is not null;
}

public class ReconsiderationSuspension : IAudited
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public DateOnly SuspendedOn { get; set; }
    public SuspensionGround Ground { get; set; }
    public DateOnly? ResumedOn { get; set; }
    public int Version { get; set; }
}
