namespace Fazhi.Features.Reconsideration;

/// <summary>Chinese names of the reconsideration enums, as forms, lists and imports use them.</summary>
public static class Labels
{
    public static readonly Dictionary<ReconsiderationStatus, string> Status = new()
    {
        [ReconsiderationStatus.Received] = "待受理审查",
        [ReconsiderationStatus.MaterialRequested] = "待补正",
        [ReconsiderationStatus.Accepted] = "审理中",
        [ReconsiderationStatus.Suspended] = "中止",
        [ReconsiderationStatus.Concluded] = "已审结",
        [ReconsiderationStatus.NotAccepted] = "不予受理",
        [ReconsiderationStatus.Abandoned] = "视为放弃",
    };

    public static readonly Dictionary<ReconsiderationProcedure, string> Procedure = new()
    {
        [ReconsiderationProcedure.Ordinary] = "普通程序",
        [ReconsiderationProcedure.Simplified] = "简易程序",
    };

    public static readonly Dictionary<SimplifiedBasis, string> Basis = new()
    {
        [SimplifiedBasis.OnTheSpot] = "被申请行政复议的行政行为是当场作出",
        [SimplifiedBasis.WarningOrCriticism] = "被申请行政复议的行政行为是警告或者通报批评",
        [SimplifiedBasis.SmallAmount] = "案件涉及款额三千元以下",
        [SimplifiedBasis.InformationDisclosure] = "属于政府信息公开案件",
        [SimplifiedBasis.PartiesAgree] = "当事人各方同意适用简易程序",
    };

    public static readonly Dictionary<ActCategory, string> Category = new()
    {
        [ActCategory.Penalty] = "行政处罚",
        [ActCategory.Coercion] = "行政强制",
        [ActCategory.Licensing] = "行政许可",
        [ActCategory.InformationDisclosure] = "政府信息公开",
        [ActCategory.Confirmation] = "行政确认",
        [ActCategory.Inaction] = "不履行法定职责",
        [ActCategory.Expropriation] = "征收征用",
        [ActCategory.WorkInjury] = "工伤认定",
        [ActCategory.Agreement] = "行政协议",
        [ActCategory.Other] = "其他",
    };

    public static readonly Dictionary<ReconsiderationDecision, string> Decision = new()
    {
        [ReconsiderationDecision.Uphold] = "维持",
        [ReconsiderationDecision.DismissClaim] = "驳回复议请求",
        [ReconsiderationDecision.DismissApplication] = "驳回申请",
        [ReconsiderationDecision.Annul] = "撤销",
        [ReconsiderationDecision.PartlyAnnul] = "部分撤销",
        [ReconsiderationDecision.Vary] = "变更",
        [ReconsiderationDecision.ConfirmUnlawful] = "确认违法",
        [ReconsiderationDecision.ConfirmVoid] = "确认无效",
        [ReconsiderationDecision.OrderPerformance] = "责令履行",
        [ReconsiderationDecision.Mediation] = "调解",
        [ReconsiderationDecision.SettledWithdrawn] = "和解后撤回终止",
        [ReconsiderationDecision.Terminated] = "终止",
        [ReconsiderationDecision.AgreementLiability] = "责令承担行政协议责任",
        [ReconsiderationDecision.AgreementCompensation] = "责令给予合理补偿",
    };

    public static readonly Dictionary<CompensationRuling, string> Compensation = new()
    {
        [CompensationRuling.ClaimDismissed] = "驳回行政赔偿请求",
        [CompensationRuling.Awarded] = "决定给予行政赔偿",
        [CompensationRuling.Restitution] = "责令返还财产、解除查封扣押冻结或者赔偿相应价款",
    };

    /// <summary>The decision as the case page, the API and the timeline say it: "撤销（责令60日内重新作出行
    /// 政行为；
    /// 决定给予行政赔偿）".</summary>
    public static string DecisionText(ReconsiderationCase c)
    {
        if (c.Decision is not { } d) return "";
        string?[] terms = [c.RedoWithinDays is { } days ? $"责令{days}日内重新作出行政行为" : null,
            c.Compensation is { } comp ? Compensation[comp] : null];
        var said = string.Join("；", terms.OfType<string>());
        return said.Length == 0 ? Decision[d] : $"{Decision[d]}（{said}）";
    }

    public static readonly Dictionary<ReviewFirstGround, string> ReviewFirst = new()
    {
        [ReviewFirstGround.OnTheSpotPenalty] = "对当场作出的行政处罚决定不服",
        [ReviewFirstGround.NaturalResourceRights] = "对侵犯已依法取得的自然资源所有权或者使用权" +
            "的决定不服",
        [ReviewFirstGround.Inaction] = "认为行政机关存在未履行法定职责情形",
        [ReviewFirstGround.InformationWithheld] = "申请政府信息公开，行政机关不予公开",
        [ReviewFirstGround.OtherLaw] = "法律、行政法规规定应当先申请行政复议的其他情形",
    };

    public static readonly Dictionary<SuspensionGround, string> Ground = new()
    {
        [SuspensionGround.ApplicantDied] = "作为申请人的公民死亡，其近亲属尚未确定是否参加",
        [SuspensionGround.LostCapacity] = "作为申请人的公民丧失参加行政复议的行为能力，" +
            "尚未确定法定代理人",
        [SuspensionGround.EntityEnded] = "作为申请人的法人或者其他组织终止，" +
            "尚未确定权利义务承受人",
        [SuspensionGround.ApplicantMissing] = "作为申请人的公民下落不明",
        [SuspensionGround.ForceMajeure] = "申请人、被申请人因不可抗力或者其他正当理由不能参加",
        [SuspensionGround.MediationOrSettlement] = "依照规定进行调解、和解，双方同意中止",
        [SuspensionGround.LegalInterpretation] = "涉及法律适用问题需有权机关作出解释或者确认",
        [SuspensionGround.AwaitingOtherCase] = "案件审理需以其他案件的审理结果为依据",
        [SuspensionGround.NormativeDocumentReview] = "依照第五十六条、" +
            "第五十七条规定处理规范性文件或依据",
        [SuspensionGround.Other] = "其他需要中止的情形",
    };

    public static T Parse<T>(Dictionary<T, string> map, string text) where T : struct, Enum =>
        map.FirstOrDefault(kv => kv.Value == text.Trim()).Key is var k && map.ContainsKey(k) ? k
        : throw new FormatException($"“{text}”不是可选值（可选：{string.Join("、", map.Values)}）");
}
