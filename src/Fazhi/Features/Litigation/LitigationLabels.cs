namespace Fazhi.Features.Litigation;

/// <summary>The Chinese words for each choice, shared by the pages, the API, the register and the timeline.</summary>
public static class LitigationLabels
{
    public static readonly Dictionary<Instance, string> Instance = new()
    {
        [Litigation.Instance.First] = "一审", [Litigation.Instance.Second] = "二审",
        [Litigation.Instance.Retrial] = "再审",
    };

    public static readonly Dictionary<LitigationProcedure, string> Procedure = new()
    {
        [LitigationProcedure.Ordinary] = "普通程序", [LitigationProcedure.Simplified] = "简易程序",
    };

    public static readonly Dictionary<OutcomeForm, string> Form = new()
    {
        [OutcomeForm.Judgment] = "判决", [OutcomeForm.Ruling] = "裁定", [OutcomeForm.Mediation] = "调解书",
    };

    public static readonly Dictionary<LitigationOutcome, string> Outcome = new()
    {
        [LitigationOutcome.DismissClaims] = "驳回诉讼请求",
        [LitigationOutcome.Annul] = "撤销",
        [LitigationOutcome.OrderPerformance] = "履行",
        [LitigationOutcome.OrderPayment] = "给付",
        [LitigationOutcome.ConfirmUnlawful] = "确认违法",
        [LitigationOutcome.ConfirmVoid] = "确认无效",
        [LitigationOutcome.Vary] = "变更",
        [LitigationOutcome.Withdrawn] = "撤诉",
        [LitigationOutcome.DismissSuit] = "驳回起诉",
        [LitigationOutcome.Mediated] = "调解",
        [LitigationOutcome.UpholdOnAppeal] = "驳回上诉、维持原判",
        [LitigationOutcome.ReverseAgainstAgency] = "改判（不利于行政机关）",
        [LitigationOutcome.Remand] = "发回重审",
        [LitigationOutcome.ReverseForAgency] = "改判（有利于行政机关）",
    };

    public static readonly Dictionary<Appellant, string> Appellant = new()
    {
        [Litigation.Appellant.None] = "无人上诉", [Litigation.Appellant.Plaintiff] = "原告上诉",
        [Litigation.Appellant.Agency] = "本机关上诉", [Litigation.Appellant.Both] = "双方上诉",
    };

    public static readonly Dictionary<HeadAppearanceGround, string> HeadMustAppear = new()
    {
        [HeadAppearanceGround.PublicInterest] = "涉及食品药品安全、生态环境和资源保护、" +
            "公共卫生安全等重大公共利益",
        [HeadAppearanceGround.PublicAttention] = "社会高度关注",
        [HeadAppearanceGround.MassIncident] = "可能引发群体性事件",
        [HeadAppearanceGround.CourtNotice] = "人民法院通知负责人出庭（第4条第2款）",
    };

    public static readonly Dictionary<AppearanceRank, string> Rank = new()
    {
        [AppearanceRank.Principal] = "正职负责人",
        [AppearanceRank.Deputy] = "副职负责人",
        [AppearanceRank.OtherInCharge] = "其他参与分管的负责人",
        [AppearanceRank.Staff] = "相应的工作人员（负责人未出庭）",
        [AppearanceRank.LawyerOnly] = "仅委托律师（负责人和工作人员均未出庭）",
    };

    public static readonly Dictionary<AbsenceReason, string> Absence = new()
    {
        [AbsenceReason.ForceMajeure] = "不可抗力",
        [AbsenceReason.Accident] = "意外事件",
        [AbsenceReason.IrreplaceableDuty] = "需要履行他人不能代替的公务",
        [AbsenceReason.OtherGoodCause] = "无法出庭的其他正当事由",
        [AbsenceReason.NoValidReason] = "未说明理由或理由不成立",
    };
}
