using Fazhi.Kernel;

namespace Fazhi.Features.Litigation;

/// <summary>The rules of 行政应诉 under the 行政诉讼法: what may be registered and recorded, and who
/// lost.</summary>
public static class LitigationRules
{
    /// <summary>Outcomes in which the agency lost (败诉): the court found against its act (第70–77条) or the
    /// appeal
    /// court reversed against it (第89条). An upheld decision is a loss when the decision was; a remand is
    /// not.</summary>
    public static readonly LitigationOutcome[] Losses =
    [
        LitigationOutcome.Annul, LitigationOutcome.OrderPerformance, LitigationOutcome.OrderPayment,
        LitigationOutcome.ConfirmUnlawful, LitigationOutcome.ConfirmVoid, LitigationOutcome.Vary,
        LitigationOutcome.ReverseAgainstAgency,
    ];

    static readonly LitigationOutcome[] Judgments =
    [
        LitigationOutcome.DismissClaims, LitigationOutcome.Annul, LitigationOutcome.OrderPerformance,
        LitigationOutcome.OrderPayment, LitigationOutcome.ConfirmUnlawful, LitigationOutcome.ConfirmVoid,
        LitigationOutcome.Vary,
    ];

    /// <summary>Decisions only a court reviewing another's can make (第89条).</summary>
    static readonly LitigationOutcome[] OnReview =
    [
        LitigationOutcome.UpholdOnAppeal, LitigationOutcome.ReverseAgainstAgency, LitigationOutcome.Remand,
        LitigationOutcome.ReverseForAgency,
    ];

    /// <summary>The outcomes a case of that instance can end with: a first instance gives the judgments of
    /// 第69–77条, an appeal gives those of 第89条; either may end by ruling or mediation.</summary>
    public static IEnumerable<LitigationOutcome> OutcomesFor(Instance instance) =>
        LitigationLabels.Outcome.Keys.Where(o =>
            instance == Instance.First ? !OnReview.Contains(o) : !Judgments.Contains(o));

    /// <summary>The form each outcome is given in; null where both a judgment and a ruling can uphold or reverse
    /// (驳回上诉 of an appeal against a ruling is itself a ruling, 第89条第1款第1项).</summary>
    static OutcomeForm? FormOf(LitigationOutcome o) => o switch
    {
        LitigationOutcome.Withdrawn or LitigationOutcome.DismissSuit => OutcomeForm.Ruling,
        LitigationOutcome.Remand => OutcomeForm.Ruling,       // 行诉解释 第101条第1款第13项
        LitigationOutcome.Mediated => OutcomeForm.Mediation,  // 行政诉讼法 第60条: 调解书
        LitigationOutcome.UpholdOnAppeal or LitigationOutcome.ReverseAgainstAgency
            or LitigationOutcome.ReverseForAgency => null,
        _ => OutcomeForm.Judgment,
    };

    public static void ValidateRegistration(LitigationCase c, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(c.CaseNumber)) throw new DomainException(nameof(c.CaseNumber),
            "请填写法院案号");
        if (string.IsNullOrWhiteSpace(c.Plaintiffs)) throw new DomainException(nameof(c.Plaintiffs), "请填写原告");
        if (c.FiledOn > today) throw new DomainException(nameof(c.FiledOn), "立案日期不能晚于今天");
        if (c.ServedOn < c.FiledOn) throw new DomainException(nameof(c.ServedOn),
            "应诉通知送达日期不能早于立案日期");
        if (c.CoDefendantUnitId == c.UnitId)
            throw new DomainException(nameof(c.CoDefendantUnitId), "共同被告不能与被告相同");
        // 行政诉讼法 第82条: simplified procedure is for first-instance cases only.
        if (c.Procedure == LitigationProcedure.Simplified && c.Instance != Instance.First)
            throw new DomainException(nameof(c.Procedure), "简易程序只适用于第一审案件");
        // 行政诉讼法 第85条: a second instance exists because a party appealed.
        if (c.Instance == Instance.Second && c.Appellant is null or Appellant.None)
            throw new DomainException(nameof(c.Appellant), "二审案件请选择上诉人");
        if (c.Instance != Instance.Second && c.Appellant is not null)
            throw new DomainException(nameof(c.Appellant), "一审的上诉情况在裁判后登记");
        if (c.Instance == Instance.First && c.OriginalLost)
            throw new DomainException(nameof(c.OriginalLost), "一审案件没有原审裁判");
    }

    static void EnsurePending(LitigationCase c, string field)
    {
        if (c.Status == LitigationStatus.Concluded)
            throw new DomainException(field, $"案件已于{c.ConcludedOn:yyyy-MM-dd}结案，" +
                "不能再登记办理事项");
    }

    /// <summary>The complaint reaches the agency; the 15-day defence period (第67条) runs from here.</summary>
    public static void RecordService(LitigationCase c, DateOnly on)
    {
        EnsurePending(c, "On");
        if (c.ServedOn is not null) throw new DomainException("On",
            $"已登记收到起诉状副本（{c.ServedOn:yyyy-MM-dd}）");
        if (on < c.FiledOn) throw new DomainException("On",
            $"收到起诉状副本日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
        c.ServedOn = on;
    }

    public static void SubmitDefence(LitigationCase c, DateOnly on)
    {
        EnsurePending(c, "On");
        if (c.ServedOn is not { } served) throw new DomainException("On", "请先登记收到起诉状副本的日期");
        if (c.DefenceSubmittedOn is not null) throw new DomainException("On", "已登记提交答辩状");
        if (on < served) throw new DomainException("On",
            $"答辩日期不能早于收到起诉状副本日期（{served:yyyy-MM-dd}）");
        c.DefenceSubmittedOn = on;
    }

    /// <summary>A hearing of this instance; an appeal's hearings belong to the second-instance case.</summary>
    public static Hearing AddHearing(LitigationCase c, HearingRequest r)
    {
        EnsurePending(c, "HeldOn");
        if (r.HeldOn < c.FiledOn) throw new DomainException("HeldOn",
            $"开庭日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
        if (string.IsNullOrWhiteSpace(r.AppearedName))
            throw new DomainException("AppearedName", "请填写出庭人员姓名");
        var head = r.Rank <= AppearanceRank.OtherInCharge; // 2020 规定 第2条
        // 2020 规定 第8条 lists the excuses; 第9条 wants proof of them, sealed or signed by the head.
        if (!head && r.AbsenceReason is null)
            throw new DomainException("AbsenceReason", "负责人未出庭的，请选择未出庭的理由");
        if (!head && r.AbsenceReason != AbsenceReason.NoValidReason && string.IsNullOrWhiteSpace(r.AbsenceExplanation))
            throw new DomainException("AbsenceExplanation", "负责人有正当理由不能出庭的，" +
                "应当说明证明材料（2020年规定第9条）");
        var explanation = r.AbsenceExplanation?.Trim();
        var h = new Hearing
        {
            HeldOn = r.HeldOn, Rank = r.Rank, ResponsiblePersonAppeared = head,
            AppearedName = r.AppearedName.Trim(), AppearedTitle = (r.AppearedTitle ?? "").Trim(),
            AbsenceReason = head ? null : r.AbsenceReason,
            AbsenceExplanation = head || string.IsNullOrEmpty(explanation) ? null : explanation,
        };
        c.Hearings.Add(h);
        return h;
    }

    /// <summary>The court is to make a 司法建议 when the head stayed away without a valid reason, or nobody but a
    /// lawyer came (2020 规定 第12条第1款第1、3项).</summary>
    public static bool CallsForJudicialSuggestion(Hearing h) =>
        h.Rank == AppearanceRank.LawyerOnly || h.AbsenceReason == AbsenceReason.NoValidReason;

    public static void Conclude(LitigationCase c, ConclusionRequest r)
    {
        if (c.Status == LitigationStatus.Concluded) throw new DomainException("Outcome", "案件已结案");
        if (r.ConcludedOn < c.FiledOn)
            throw new DomainException("ConcludedOn",
                $"裁判日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
        if (r.OutcomeServedOn < r.ConcludedOn) throw new DomainException("OutcomeServedOn",
            "送达日期不能早于裁判日期");
        if (!OutcomesFor(c.Instance).Contains(r.Outcome))
            throw new DomainException("Outcome",
                $"{LitigationLabels.Instance[c.Instance]}案件不能以“{LitigationLabels.Outcome[r.Outcome]}”" +
                    "结案");
        if (FormOf(r.Outcome) is { } form ? form != r.Form : r.Form == OutcomeForm.Mediation)
            throw new DomainException("Form",
                $"“{LitigationLabels.Outcome[r.Outcome]}”不能以{LitigationLabels.Form[r.Form]}作出");
        c.Form = r.Form;
        c.Outcome = r.Outcome;
        c.ConcludedOn = r.ConcludedOn;
        c.OutcomeServedOn = r.OutcomeServedOn;
        c.AgencyLost = Losses.Contains(r.Outcome) || (r.Outcome == LitigationOutcome.UpholdOnAppeal && c.OriginalLost);
        c.Status = LitigationStatus.Concluded;
    }

    static void EnsureAppealable(LitigationCase c)
    {
        if (LitigationDeadlines.AppealKey(c) is null)
            throw new DomainException("Appellant", "本案裁判不能上诉（二审终审，或准予撤诉、" +
                "调解等不能上诉的结果）");
        if (c.OutcomeServedOn is null) throw new DomainException("Appellant", "请先登记裁判文书送达日期");
        if (c.Appellant is not null)
            throw new DomainException("Appellant", $"已登记上诉情况" +
                $"（{LitigationLabels.Appellant[c.Appellant.Value]}）");
    }

    /// <summary>The agency decides to appeal: from here its appeal period is a duty on the due list.</summary>
    public static void IntendAppeal(LitigationCase c)
    {
        EnsureAppealable(c);
        if (c.AppealIntended) throw new DomainException("Appellant", "已登记拟提起上诉");
        c.AppealIntended = true;
    }

    public static void RecordAppeal(LitigationCase c, AppealRequest r)
    {
        EnsureAppealable(c);
        var agency = r.Appellant is Appellant.Agency or Appellant.Both;
        if (agency && r.AgencyAppealedOn is null)
            throw new DomainException("AgencyAppealedOn", "本机关上诉的，请填写提交上诉状的日期");
        if (!agency && r.AgencyAppealedOn is not null)
            throw new DomainException("AgencyAppealedOn", "本机关未上诉的，不填写上诉日期");
        if (r.AgencyAppealedOn < c.OutcomeServedOn)
            throw new DomainException("AgencyAppealedOn", $"上诉日期不能早于裁判文书送达日期" +
                $"（{c.OutcomeServedOn:yyyy-MM-dd}）");
        c.Appellant = r.Appellant;
        c.AgencyAppealedOn = r.AgencyAppealedOn;
    }
}
