namespace Fazhi.Features.Enforcement.Cases;

/// <summary>The Chinese words of a case's choices, for pages, the API, the timeline and the 台账.</summary>
public static class CaseLabels
{
    /// <summary>The kinds of power that are handled as cases here.</summary>
    public static readonly PowerKind[] Kinds = [PowerKind.Penalty, PowerKind.Licensing, PowerKind.Coercion,
        PowerKind.Inspection];

    public static readonly Dictionary<PartyKind, string> Party = new()
    {
        [PartyKind.Person] = "自然人", [PartyKind.Organisation] = "法人或其他组织",
    };

    public static readonly Dictionary<CaseStatus, string> Status = new()
    {
        [CaseStatus.Investigating] = "办理中", [CaseStatus.Decided] = "已决定", [CaseStatus.Closed] = "已结案",
    };

    public static readonly Dictionary<ReviewGround, string> Ground = new()
    {
        [ReviewGround.PublicInterest] = "涉及重大公共利益（第58条第1款第1项）",
        [ReviewGround.Complex] = "案件情况疑难复杂、涉及多个法律关系（第3项）",
        [ReviewGround.ByLaw] = "法律、法规规定应当进行法制审核（第4项）",
    };

    public static readonly Dictionary<CaseOutcome, string> Outcome = new()
    {
        [CaseOutcome.Penalised] = "给予行政处罚",
        [CaseOutcome.NotPenalisedMinor] = "违法行为轻微并及时改正，不予处罚",
        [CaseOutcome.NotPenalisedFirstOffence] = "初次违法且危害后果轻微并及时改正，不予处罚",
        [CaseOutcome.NotEstablished] = "违法事实不能成立，不予处罚",
        [CaseOutcome.Transferred] = "涉嫌犯罪，移送司法机关",
        [CaseOutcome.Granted] = "准予许可", [CaseOutcome.Refused] = "不予许可",
        [CaseOutcome.CoercionTaken] = "采取行政强制措施",
            [CaseOutcome.CoercionNotTaken] = "不采取强制措施",
        [CaseOutcome.Compliant] = "检查未发现问题", [CaseOutcome.RectificationOrdered] = "责令整改",
        [CaseOutcome.CaseOpened] = "发现违法，转立案查处",
    };

    public static readonly Dictionary<CoercionMeasure, string> Measure = new()
    {
        [CoercionMeasure.Sealing] = "查封场所、设施或者财物", [CoercionMeasure.Seizure] = "扣押财物",
        [CoercionMeasure.Freeze] = "冻结存款、汇款",
        [CoercionMeasure.RestrictLiberty] = "限制公民人身自由",
        [CoercionMeasure.Other] = "其他行政强制措施",
    };

    public static readonly Dictionary<TestingKind, string> Testing = new()
    {
        [TestingKind.Testing] = "检测", [TestingKind.Inspection] = "检验", [TestingKind.Quarantine] = "检疫",
        [TestingKind.Appraisal] = "技术鉴定",
    };

    public static readonly Dictionary<Disposal, string> Disposals = new()
    {
        [Disposal.Confiscated] = "依法没收", [Disposal.Destroyed] = "依法销毁",
        [Disposal.Released] = "解除查封、扣押或者冻结", [Disposal.Other] = "其他处理决定",
    };

    public static readonly Dictionary<PenaltySort, string> Sort = new()
    {
        [PenaltySort.Warning] = "警告", [PenaltySort.Criticism] = "通报批评", [PenaltySort.Fine] = "罚款",
        [PenaltySort.ConfiscateGains] = "没收违法所得", [PenaltySort.ConfiscateProperty] = "没收非法财物",
        [PenaltySort.SuspendLicence] = "暂扣许可证件", [PenaltySort.LowerQualification] = "降低资质等级",
        [PenaltySort.RevokeLicence] = "吊销许可证件",
        [PenaltySort.RestrictBusiness] = "限制开展生产经营活动",
        [PenaltySort.SuspendProduction] = "责令停产停业", [PenaltySort.Close] = "责令关闭",
        [PenaltySort.RestrictPractice] = "限制从业", [PenaltySort.Detention] = "行政拘留",
        [PenaltySort.Other] = "其他行政处罚",
    };

    public static readonly Dictionary<RecordStage, string> Stage = new()
    {
        [RecordStage.Start] = "启动", [RecordStage.Investigation] = "调查取证", [RecordStage.Review] = "审核",
        [RecordStage.Decision] = "决定", [RecordStage.Delivery] = "送达", [RecordStage.Execution] = "执行",
    };

    public static readonly Dictionary<RecordForm, string> Form = new()
    {
        [RecordForm.Text] = "文字", [RecordForm.AudioVisual] = "音像",
    };

    public static readonly Dictionary<RecusalApplicant, string> Applicant = new()
    {
        [RecusalApplicant.Officer] = "执法人员自行回避", [RecusalApplicant.Party] = "当事人申请回避",
    };

    public static readonly Dictionary<StandardKind, string> StandardKinds = new()
    {
        [StandardKind.Band] = "裁量基准", [StandardKind.Exemption] = "不予处罚情形",
    };

    /// <summary>"警告、罚款".</summary>
    public static string Sorts(PenaltySort sorts) =>
        string.Join("、", Sort.Where(s => sorts.HasFlag(s.Key)).Select(s => s.Value));

    public static string Kind(PowerKind kind) => PowerRules.KindLabels[kind];
}
