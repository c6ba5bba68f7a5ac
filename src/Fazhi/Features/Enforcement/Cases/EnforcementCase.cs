using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Cases;

public enum PartyKind { Person = 1, Organisation = 2 }

public enum CaseStatus { Investigating = 1, Decided = 2, Closed = 3 }

/// <summary>The cases of 行政处罚法 第58条第1款 in which a decision waits for 法制审核 (项 1, 3, 4;
/// 项 2, a hearing held, follows from the hearing itself).</summary>
public enum ReviewGround { PublicInterest = 1, Complex = 3, ByLaw = 4 }

/// <summary>How a case ends, by kind: 第57条 for penalties, then the outcomes of licensing, coercion and
/// inspection.</summary>
public enum CaseOutcome
{
    Penalised = 1, NotPenalisedMinor = 2, NotPenalisedFirstOffence = 3, NotEstablished = 4, Transferred = 5,
    Granted = 11, Refused = 12,
    CoercionTaken = 21, CoercionNotTaken = 22,
    Compliant = 31, RectificationOrdered = 32, CaseOpened = 33,
}

/// <summary>The coercive measures of 行政强制法 第9条.</summary>
public enum CoercionMeasure { Sealing = 1, Seizure = 2, Freeze = 3, RestrictLiberty = 4, Other = 9 }

/// <summary>What is done to seized goods whose period does not count in the 查封、扣押 (行政强制法 第25条第3款).
/// </summary>
public enum TestingKind { Testing = 1, Inspection = 2, Quarantine = 3, Appraisal = 4 }

/// <summary>What a 处理决定 does with what was sealed, seized or frozen (行政强制法
/// 第27、28、32条).</summary>
public enum Disposal { Confiscated = 1, Destroyed = 2, Released = 3, Other = 9 }

/// <summary>The kinds of penalty of 行政处罚法 第9条; a decision may impose several.</summary>
[Flags]
public enum PenaltySort
{
    Warning = 1, Criticism = 2, Fine = 4, ConfiscateGains = 8, ConfiscateProperty = 16, SuspendLicence = 32,
    LowerQualification = 64, RevokeLicence = 128, RestrictBusiness = 256, SuspendProduction = 512, Close = 1024,
    RestrictPractice = 2048, Detention = 4096, Other = 8192,
}

/// <summary>A 行政执法 case — a penalty first, a licence, a coercive measure or an inspection in the same shape:
/// the agency, the power it exercises, the party, the handling officers and every step's date.</summary>
public class EnforcementCase : ICaseRecord
{
    public static string OwnerType => "enforcement";

    public int Id { get; set; }
    /// <summary>The agency that exercises the power and alone records the case.</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>立案号 (or 受理号) as the agency numbers it; unique within the agency.</summary>
    public string Number { get; set; } = "";
    public PowerKind Kind { get; set; }
    public int PowerId { get; set; }
    public EnforcementPower? Power { get; set; }

    public PartyKind PartyKind { get; set; }
    public string PartyName { get; set; } = "";
    /// <summary>统一社会信用代码 of an organisation (required), 身份证号 of a person (if known).</summary>
    public string? PartyCode { get; set; }
    public string Facts { get; set; } = "";
    public string Evidence { get; set; } = "";
    public DateOnly FiledOn { get; set; }
    /// <summary>When the decision is due (第60条, or 行政许可法 第42条), fixed at filing for the
    /// figures.</summary>
    public DateOnly DecisionDue { get; set; }
    public ReviewGround? ReviewGround { get; set; }
    public List<CaseHandler> Handlers { get; set; } = [];

    /// <summary>告知 of the intended penalty and of the right to 陈述、申辩 (第44条).</summary>
    public DateOnly? NotifiedOn { get; set; }
    /// <summary>The notice told the party of the right to a hearing (第63条).</summary>
    public bool HearingNotified { get; set; }
    public DateOnly? HearingRequestedOn { get; set; }
    public DateOnly? HearingHeldOn { get; set; }

    public DateOnly? LegalReviewedOn { get; set; }
    public string? LegalReviewer { get; set; }
    public bool? LegalReviewPassed { get; set; }
    public string? LegalReviewOpinion { get; set; }

    public DateOnly? DecidedOn { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public PenaltySort Sorts { get; set; }
    /// <summary>The fine, in 元.</summary>
    public decimal? Amount { get; set; }
    /// <summary>The 裁量基准 band, or the 不予处罚 list item, the decision applied.</summary>
    public int? StandardId { get; set; }
    public PowerStandard? Standard { get; set; }
    public bool OutsideBand { get; set; }

    /// <summary>The coercive measure taken (行政强制法 第9条), for a coercion case decided to take one.
    /// </summary>
    public CoercionMeasure? Measure { get; set; }
    /// <summary>The 处理决定 that ends a 查封、扣押 or 冻结 (第27、32条).</summary>
    public DateOnly? DisposedOn { get; set; }
    public Disposal? Disposal { get; set; }
    /// <summary>检测、检验、检疫或者技术鉴定 of what was sealed or seized (第25条第3款): its period, fixed in advance and
    /// notified to the party in writing, does not count in the 查封、扣押 period.</summary>
    public TestingKind? Testing { get; set; }
    public DateOnly? TestingFrom { get; set; }
    public DateOnly? TestingTo { get; set; }
    public DateOnly? TestingNotifiedOn { get; set; }

    public DateOnly? DeliveredOn { get; set; }
    /// <summary>Handed over when announced (第61条第1款): no service period runs.</summary>
    public bool DeliveredOnSpot { get; set; }
    /// <summary>When the decision is to be published (118号), fixed at the decision; null when it is not
    /// published.</summary>
    public DateOnly? PublicityDue { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublicationUrl { get; set; }
    /// <summary>The fine paid, or the decision otherwise carried out.</summary>
    public DateOnly? ExecutedOn { get; set; }
    /// <summary>The published decision was varied, annulled or found unlawful or void (第48条第2款).</summary>
    public DateOnly? OverturnedOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Investigating;

    public List<ProcessRecord> Records { get; set; } = [];
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

public enum RecusalApplicant { Officer = 1, Party = 2 }

/// <summary>An officer handling a case, until recused (第43条).</summary>
public class CaseHandler : IAudited
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int OfficerId { get; set; }
    public EnforcementOfficer? Officer { get; set; }
    public DateOnly AssignedOn { get; set; }
    public DateOnly? RecusedOn { get; set; }
    public RecusalApplicant? RecusalApplicant { get; set; }
    public string? RecusalReason { get; set; }
    /// <summary>The head of the agency who decided the recusal (第43条第3款).</summary>
    public string? RecusalDecidedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>The stages 第47条 wants recorded: 启动、调查取证、审核、决定、送达、执行.</summary>
public enum RecordStage { Start = 1, Investigation = 2, Review = 3, Decision = 4, Delivery = 5, Execution = 6 }

public enum RecordForm { Text = 1, AudioVisual = 2 }

/// <summary>One item of the 全过程记录 (第47条): a document, photo, audio or video of a stage, with its
/// file.</summary>
public class ProcessRecord : IAudited
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public RecordStage Stage { get; set; }
    public RecordForm Form { get; set; }
    public string Title { get; set; } = "";
    public DateOnly RecordedOn { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>SHA-256 of the file, hex: shows later that the archived file is the one recorded.</summary>
    public string? Sha256 { get; set; }
    /// <summary>Loaded only to download; not audited (the hash is).</summary>
    public ProcessRecordFile? File { get; set; }
    public int Version { get; set; }
}

/// <summary>A record's file, kept apart so that listing records never loads their bytes.</summary>
public class ProcessRecordFile
{
    public int Id { get; set; }
    public byte[] Content { get; set; } = [];
}

public enum StandardKind { Band = 1, Exemption = 2 }

/// <summary>An item of a power's 裁量基准 (a band of fines for a circumstance, 第34条) or of its 不予处罚
/// list (第33条).</summary>
public class PowerStandard : IAudited
{
    public int Id { get; set; }
    public int PowerId { get; set; }
    /// <summary>The power's agency, which owns the standard.</summary>
    public int UnitId { get; set; }
    public StandardKind Kind { get; set; }
    /// <summary>情节: 轻微 / 一般 / 严重…, or the 不予处罚 situation.</summary>
    public string Circumstance { get; set; } = "";
    public decimal? MinAmount { get; set; }
    public decimal? MaxAmount { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
}
