using Fazhi.Kernel;

namespace Fazhi.Features.Reconsideration;

/// <summary>The case's state machine: each step checks its preconditions and dates, and throws DomainException naming
/// the field.</summary>
public static class CaseRules
{
    public const decimal SimplifiedAmountLimit = 3000m; // 第53条第1款第3项

    public static void ValidateRegistration(ReconsiderationCase c, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(c.CaseNumber)) throw new DomainException(nameof(c.CaseNumber), "请填写案号");
        if (string.IsNullOrWhiteSpace(c.Applicants)) throw new DomainException(nameof(c.Applicants),
            "请填写申请人");
        if (string.IsNullOrWhiteSpace(c.ContestedAct))
            throw new DomainException(nameof(c.ContestedAct), "请填写被申请复议的行政行为");
        if (c.ReceivedOn > today) throw new DomainException(nameof(c.ReceivedOn),
            "收到申请日期不能晚于今天");
        if (c.UnitId == c.RespondentUnitId) throw new DomainException(nameof(c.RespondentUnitId),
            "被申请人不能是复议机关本身");
        if (c.AmountYuan is < 0) throw new DomainException(nameof(c.AmountYuan), "涉案金额不能为负数");
        CheckSimplified(c);
        CheckReviewFirst(c);
        if (c.SubmittedViaRespondentOn is { } via)
        {
            if (c.Category != ActCategory.Penalty) // 第32条第1款
                throw new DomainException(nameof(c.SubmittedViaRespondentOn), "只有行政处罚案件可以通过" +
                    "作出处罚决定的机关提交申请");
            if (c.ReceivedOn < via)
                throw new DomainException(nameof(c.SubmittedViaRespondentOn), "向处罚机关提交的日期不能" +
                    "晚于收到申请日期");
        }
    }

    /// <summary>第23条第1款: items 1, 3 and 4 name the kind of act, so the category must match.</summary>
    static void CheckReviewFirst(ReconsiderationCase c)
    {
        var fits = c.ReviewFirst switch
        {
            ReviewFirstGround.OnTheSpotPenalty => c.Category == ActCategory.Penalty,
            ReviewFirstGround.Inaction => c.Category == ActCategory.Inaction,
            ReviewFirstGround.InformationWithheld => c.Category == ActCategory.InformationDisclosure,
            _ => true,
        };
        if (!fits)
            throw new DomainException(nameof(c.ReviewFirst),
                $"复议前置情形“{Labels.ReviewFirst[c.ReviewFirst!.Value]}”与行为类别" +
                    $"“{Labels.Category[c.Category]}”不符");
    }

    /// <summary>第53条: the simplified procedure only on one of its grounds, each with its own condition.</summary>
    public static void CheckSimplified(ReconsiderationCase c)
    {
        if (c.Procedure != ReconsiderationProcedure.Simplified) { c.SimplifiedBasis = null; return; }
        switch (c.SimplifiedBasis)
        {
            case null: throw new DomainException(nameof(c.SimplifiedBasis),
                "适用简易程序须选择《行政复议法》第五十三条规定的情形");
            case SimplifiedBasis.SmallAmount when c.AmountYuan is not (> 0 and <= SimplifiedAmountLimit):
                throw new DomainException(nameof(c.AmountYuan),
                    "以“涉及款额三千元以下”适用简易程序，" +
                        "涉案金额须大于0且不超过3000元");
            case SimplifiedBasis.InformationDisclosure when c.Category != ActCategory.InformationDisclosure:
                throw new DomainException(nameof(c.SimplifiedBasis),
                    "以“政府信息公开案件”适用简易程序，行为类别须为政府信息公开");
        }
    }

    public static void RequestMaterial(ReconsiderationCase c, DateOnly on)
    {
        Expect(c, "要求补正", ReconsiderationStatus.Received);
        NotBefore(on, c.ReceivedOn, "补正通知日期", "收到申请日期");
        c.MaterialRequestedOn = on;
        c.Status = ReconsiderationStatus.MaterialRequested;
    }

    public static void SupplyMaterial(ReconsiderationCase c, DateOnly on)
    {
        Expect(c, "登记补正", ReconsiderationStatus.MaterialRequested);
        NotBefore(on, c.MaterialRequestedOn!.Value, "补正日期", "补正通知日期");
        c.MaterialSuppliedOn = on;
        c.Status = ReconsiderationStatus.Received;
    }

    /// <summary>第30条: acceptance within the review period; recorded after it, the case was already accepted on the
    /// period's last day (第30条第3款), and that day is kept.</summary>
    public static void Accept(ReconsiderationCase c, DateOnly on, DateOnly reviewDue)
    {
        Expect(c, "受理", ReconsiderationStatus.Received);
        NotBefore(on, c.MaterialSuppliedOn ?? c.ReceivedOn, "受理日期", "收到申请（补正）日期");
        c.AcceptanceDeemed = on > reviewDue;
        c.AcceptedOn = c.AcceptanceDeemed ? reviewDue : on;
        c.Status = ReconsiderationStatus.Accepted;
    }

    /// <summary>第30条第2款: a refusal is decided within the review period; once it has lapsed the case is
    /// accepted,
    /// and an application found inadmissible later is dismissed (驳回申请, 第33条). While material is awaited the
    /// review
    /// period has not begun (第31条第3款).</summary>
    public static void RefuseAcceptance(ReconsiderationCase c, DateOnly on, DateOnly reviewDue)
    {
        Expect(c, "不予受理", ReconsiderationStatus.Received, ReconsiderationStatus.MaterialRequested);
        NotBefore(on, c.MaterialSuppliedOn ?? c.ReceivedOn, "不予受理日期", "收到申请（补正）日期");
        if (c.Status == ReconsiderationStatus.Received && on > reviewDue)
            throw new DomainException("On", $"受理审查期限已于{reviewDue:yyyy-MM-dd}届满，" +
                "依第三十条第三款已视为受理，" +
                                            "不能再决定不予受理；受理后发现不符合受理条件的，" +
                                                "应决定驳回申请（第三十三条）");
        c.NotAcceptedOn = on;
        c.Status = ReconsiderationStatus.NotAccepted;
    }

    /// <summary>第31条第2款: material not supplied within the period, without good reason, means the application is
    /// taken as abandoned — recorded, not refused.</summary>
    public static void Abandon(ReconsiderationCase c, DateOnly on, DateOnly supplyDue)
    {
        Expect(c, "视为放弃", ReconsiderationStatus.MaterialRequested);
        if (on <= supplyDue)
            throw new DomainException("On", $"补正期限至{supplyDue:yyyy-MM-dd}届满，" +
                "届满前不能视为放弃行政复议申请");
        c.AbandonedOn = on;
        c.Status = ReconsiderationStatus.Abandoned;
    }

    public static void SendCopy(ReconsiderationCase c, DateOnly on)
    {
        Expect(c, "发送副本", ReconsiderationStatus.Accepted, ReconsiderationStatus.Suspended);
        NotBefore(on, c.AcceptedOn!.Value, "发送副本日期", "受理日期");
        c.CopySentOn = on;
    }

    /// <summary>The respondent's answer period runs from its receipt of the copy (第48条, 第54条).</summary>
    public static void RecordCopyReceipt(ReconsiderationCase c, DateOnly on)
    {
        Expect(c, "登记被申请人收到副本", ReconsiderationStatus.Accepted, ReconsiderationStatus.Suspended);
        if (c.CopySentOn is null) throw new DomainException("On", "尚未发送申请书副本");
        NotBefore(on, c.CopySentOn.Value, "被申请人收到副本日期", "发送副本日期");
        c.CopyReceivedOn = on;
    }

    public static void ReceiveAnswer(ReconsiderationCase c, DateOnly on)
    {
        Expect(c, "登记答复", ReconsiderationStatus.Accepted, ReconsiderationStatus.Suspended);
        if (c.CopyReceivedOn is null) throw new DomainException("On", "请先登记被申请人收到申请书副本" +
            "的日期，答复期限自该日起算");
        NotBefore(on, c.CopyReceivedOn.Value, "答复日期", "被申请人收到副本日期");
        c.AnswerReceivedOn = on;
    }

    public static void Suspend(ReconsiderationCase c, DateOnly on, SuspensionGround ground)
    {
        Expect(c, "中止", ReconsiderationStatus.Accepted);
        var lastResume = c.Suspensions.Max(s => s.ResumedOn);
        NotBefore(on, lastResume ?? c.AcceptedOn!.Value, "中止日期", lastResume is null ? "受理日期"
            : "上次恢复日期");
        c.Suspensions.Add(new ReconsiderationSuspension { SuspendedOn = on, Ground = ground });
        c.Status = ReconsiderationStatus.Suspended;
    }

    public static void Resume(ReconsiderationCase c, DateOnly on)
    {
        Expect(c, "恢复审理", ReconsiderationStatus.Suspended);
        var open = c.Suspensions.Single(s => s.ResumedOn is null);
        NotBefore(on, open.SuspendedOn, "恢复日期", "中止日期");
        open.ResumedOn = on;
        c.Status = ReconsiderationStatus.Accepted;
    }

    /// <summary>第64条: only 撤销 or 部分撤销 may order the respondent to act anew, within a period set
    /// here.</summary>
    static readonly ReconsiderationDecision[] Redoable =
        [ReconsiderationDecision.Annul, ReconsiderationDecision.PartlyAnnul];

    /// <summary>第72条第1款: compensation is awarded with 撤销、部分撤销、变更 or 确认违法、无效
    /// .</summary>
    static readonly ReconsiderationDecision[] Compensable =
    [
        ReconsiderationDecision.Annul, ReconsiderationDecision.PartlyAnnul, ReconsiderationDecision.Vary,
        ReconsiderationDecision.ConfirmUnlawful, ReconsiderationDecision.ConfirmVoid,
    ];

    /// <summary>Endings that decide nothing on the merits: the case is withdrawn or ended (第41条, 第74条
    /// ).</summary>
    static readonly ReconsiderationDecision[] Endings =
        [ReconsiderationDecision.Terminated, ReconsiderationDecision.SettledWithdrawn];

    /// <summary>第49条: an ordinary case is decided only after the parties were heard or its written review was
    /// recorded. Endings without a review of the merits (终止、和解撤回, 驳回申请 under 第33条) and a 调
    /// 解书 signed
    /// by the parties (第73条) need neither.</summary>
    static void CheckHeard(ReconsiderationCase c, ReconsiderationDecision decision)
    {
        if (c.Procedure == ReconsiderationProcedure.Ordinary && !c.OpinionsHeard
            && decision is not (ReconsiderationDecision.Terminated or ReconsiderationDecision.SettledWithdrawn
                or ReconsiderationDecision.DismissApplication or ReconsiderationDecision.Mediation))
            throw new DomainException(nameof(c.Decision), "普通程序案件应当先听取当事人意见；" +
                "因当事人原因不能听取的，" +
                                                          "请登记书面审理（第四十九条）");
    }

    /// <summary>A decision; <paramref name="requireHearing"/> asks 第49条, as the step does (the register's import of
    /// past cases carries no hearing record).</summary>
    public static void Conclude(ReconsiderationCase c, DateOnly on, ReconsiderationDecision decision,
        bool selfCorrected, int? redoWithinDays = null, CompensationRuling? compensation = null,
        bool requireHearing = false)
    {
        Expect(c, "作出决定", ReconsiderationStatus.Accepted, ReconsiderationStatus.Suspended);
        NotBefore(on, c.AcceptedOn!.Value, "决定日期", "受理日期");
        // A suspended case ends only by termination (第41条), a settlement (第74条), or a mediation reached while
        // it
        // was suspended for mediation (第39条第1款第6项, 第73条).
        var open = c.Suspensions.FirstOrDefault(s => s.ResumedOn is null);
        if (open is not null
            && decision is not (ReconsiderationDecision.Terminated or ReconsiderationDecision.SettledWithdrawn)
            && !(decision == ReconsiderationDecision.Mediation
                 && open.Ground == SuspensionGround.MediationOrSettlement))
            throw new DomainException(nameof(c.Decision), "案件中止期间只能作出终止决定（为调解中" +
                "止的可制作调解书），请先恢复审理");
        if (open is not null) NotBefore(on, open.SuspendedOn, "决定日期", "中止日期");
        if (decision is ReconsiderationDecision.AgreementLiability or ReconsiderationDecision.AgreementCompensation
            && c.Category != ActCategory.Agreement)
            throw new DomainException(nameof(c.Decision), "第七十一条的决定只适用于行政协议案件（" +
                "行为类别须为行政协议）");
        CheckTerms(decision, redoWithinDays, compensation);
        if (requireHearing) CheckHeard(c, decision);
        if (open is not null) open.ResumedOn = on;
        c.ConcludedOn = on;
        c.Decision = decision;
        c.RedoWithinDays = redoWithinDays;
        c.Compensation = compensation;
        c.RespondentSelfCorrected = selfCorrected;
        c.Status = ReconsiderationStatus.Concluded;
    }

    static void CheckTerms(ReconsiderationDecision decision, int? redoWithinDays, CompensationRuling? compensation)
    {
        if (redoWithinDays is { } days && (!Redoable.Contains(decision) || days <= 0))
            throw new DomainException("RedoWithinDays", Redoable.Contains(decision)
                ? "重新作出行政行为的期限须为正数（日）" : "只有撤销或者部分撤销决定可" +
                    "以责令重新作出行政行为（第六十四条）");
        var allowed = compensation switch
        {
            null => true,
            CompensationRuling.ClaimDismissed => !Endings.Contains(decision),
            CompensationRuling.Awarded => Compensable.Contains(decision),
            _ => decision is ReconsiderationDecision.Annul or ReconsiderationDecision.PartlyAnnul
                or ReconsiderationDecision.Vary, // 第72条第2款
        };
        if (!allowed)
            throw new DomainException("Compensation",
                $"“{Labels.Compensation[compensation!.Value]}”不能与{Labels.Decision[decision]}决定同时作" +
                    "出（第七十二条）");
    }

    internal static void Expect(ReconsiderationCase c, string step, params ReconsiderationStatus[] allowed)
    {
        if (!allowed.Contains(c.Status))
            throw new DomainException(nameof(c.Status),
                $"案件当前状态为“{Labels.Status[c.Status]}”，不能{step}");
    }

    internal static void NotBefore(DateOnly on, DateOnly earliest, string what, string earlierWhat)
    {
        if (on < earliest)
            throw new DomainException("On", $"{what}（{on:yyyy-MM-dd}）" +
                $"不能早于{earlierWhat}（{earliest:yyyy-MM-dd}）");
    }
}
