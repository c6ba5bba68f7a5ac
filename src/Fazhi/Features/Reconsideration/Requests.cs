using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Reconsideration;

/// <summary>What a caller may send to register a case: never the stored entity, so no other field can be set.</summary>
public sealed record RegisterCaseRequest(string CaseNumber, string Applicants, int UnitId, int RespondentUnitId,
    string ContestedAct, ActCategory Category, DateOnly ReceivedOn,
    ReconsiderationProcedure Procedure = ReconsiderationProcedure.Ordinary, SimplifiedBasis? SimplifiedBasis = null,
    decimal? AmountYuan = null, ReviewFirstGround? ReviewFirst = null, DateOnly? SubmittedViaRespondentOn = null)
{
    public ReconsiderationCase ToCase() => new()
    {
        CaseNumber = CaseNumber, Applicants = Applicants, UnitId = UnitId, RespondentUnitId = RespondentUnitId,
        ContestedAct = ContestedAct, Category = Category, ReceivedOn = ReceivedOn, Procedure = Procedure,
        SimplifiedBasis = SimplifiedBasis, AmountYuan = AmountYuan, ReviewFirst = ReviewFirst,
        SubmittedViaRespondentOn = SubmittedViaRespondentOn,
    };
}

public enum CaseStep
{
    RequestMaterial, SupplyMaterial, Accept, RefuseAcceptance, SendCopy, ReceiveAnswer, Suspend, Resume, Conclude,
    RecordCopyReceipt, Abandon, ConvertToOrdinary, HearOpinions, ReviewInWriting, NoticeHearing, HoldHearing,
    ConsultCommittee, IssueOpinionLetter, RecordOpinionReport, Publish, OrderPerformance, RecordPerformance,
    RaiseIncidentalReview, ConcludeIncidentalReview, Enforce, NotifyMaker, RecordMakerAnswer, RecordForwardReply,
}

/// <summary>One step as sent: the date, and the fields the step needs (the case page shows each step's own).</summary>
public sealed record CaseStepRequest(CaseStep Step, DateOnly On, int Version, SuspensionGround? Ground = null,
    ReconsiderationDecision? Decision = null, bool SelfCorrected = false, int? RedoWithinDays = null,
    CompensationRuling? Compensation = null, string? Approver = null, string? Reason = null,
    DateOnly? HearingOn = null, string? Advice = null, string? Recipient = null, DateOnly? PerformBy = null,
    string? Document = null, IncidentalOutcome? IncidentalOutcome = null, EnforcementRoute? Enforcement = null);

public sealed record ExtensionRequest(DateOnly NewDue, string Reason, string Approver);

/// <summary>The procedural steps of a case: which the case's state allows, what each changes (CaseRules,
/// ReviewRules), and how the timeline words it — written once for the API, the case page and the demo
/// county.</summary>
public static class CaseSteps
{
    public static readonly Dictionary<CaseStep, string> Label = new()
    {
        [CaseStep.RequestMaterial] = "要求补正", [CaseStep.SupplyMaterial] = "补正", [CaseStep.Accept] = "受理",
        [CaseStep.RefuseAcceptance] = "不予受理", [CaseStep.SendCopy] = "发送副本",
            [CaseStep.ReceiveAnswer] = "答复",
        [CaseStep.Suspend] = "中止", [CaseStep.Resume] = "恢复审理", [CaseStep.Conclude] = "决定",
        [CaseStep.RecordCopyReceipt] = "被申请人收到副本", [CaseStep.Abandon] = "视为放弃",
        [CaseStep.ConvertToOrdinary] = "转为普通程序", [CaseStep.HearOpinions] = "听取意见",
        [CaseStep.ReviewInWriting] = "书面审" +
            "理", [CaseStep.NoticeHearing] = "通知听证", [CaseStep.HoldHearing] = "举行听证",
        [CaseStep.ConsultCommittee] = "委员会咨询", [CaseStep.IssueOpinionLetter] = "制发意见书",
        [CaseStep.RecordOpinionReport] = "意见书落实报送", [CaseStep.Publish] = "公开决定书",
        [CaseStep.OrderPerformance] = "责令限期履行", [CaseStep.RecordPerformance] = "履行完毕",
        [CaseStep.RaiseIncidentalReview] = "附带审查", [CaseStep.ConcludeIncidentalReview] = "办结附带审查",
        [CaseStep.Enforce] = "强制执行", [CaseStep.NotifyMaker] = "通知制定机关答复",
        [CaseStep.RecordMakerAnswer] = "制定机关答复", [CaseStep.RecordForwardReply] = "转送处理意见回复",
    };

    /// <summary>Steps that end or stop the case: the page asks for confirmation before it sends them.</summary>
    public static bool NeedsConfirmation(CaseStep step) =>
        step is CaseStep.RefuseAcceptance or CaseStep.Conclude or CaseStep.Abandon;

    /// <summary>The steps the case's state allows, in the order the procedure takes them.</summary>
    public static IReadOnlyList<CaseStep> Available(ReconsiderationCase c) => c.Status switch
    {
        ReconsiderationStatus.Received => [CaseStep.Accept, CaseStep.RequestMaterial, CaseStep.RefuseAcceptance],
        ReconsiderationStatus.MaterialRequested =>
            [CaseStep.SupplyMaterial, CaseStep.Abandon, CaseStep.RefuseAcceptance],
        ReconsiderationStatus.Accepted =>
            [..Exchange(c), ..Review(c), ..Incidental(c), ..OpinionLetter(c), CaseStep.Suspend, CaseStep.Conclude],
        ReconsiderationStatus.Suspended =>
            [CaseStep.Resume, ..Incidental(c), ..OpinionLetter(c), CaseStep.Conclude],
        ReconsiderationStatus.Concluded =>
            [..OpinionLetter(c), ..(c.PublishedOn is null ? new[] { CaseStep.Publish } : []), ..Performance(c),
                ..(c.EnforcedOn is null && c.Decision is ReconsiderationDecision.Uphold or ReconsiderationDecision.Vary
                    or ReconsiderationDecision.Mediation ? new[] { CaseStep.Enforce } : [])],
        _ => [],
    };

    /// <summary>The next of copy sent, copy received and answer (第48条, 第54条).</summary>
    static CaseStep[] Exchange(ReconsiderationCase c) =>
        c.CopySentOn is null ? [CaseStep.SendCopy]
        : c.CopyReceivedOn is null ? [CaseStep.RecordCopyReceipt]
        : c.AnswerReceivedOn is null ? [CaseStep.ReceiveAnswer] : [];

    /// <summary>第55条 for a simplified case; 第49–52条 (the ordinary procedure's hearing of the parties, 听证
    /// and the
    /// committee), each until it is recorded.</summary>
    static IEnumerable<CaseStep> Review(ReconsiderationCase c)
    {
        if (c.Procedure == ReconsiderationProcedure.Simplified)
        {
            yield return CaseStep.ConvertToOrdinary;
            yield break;
        }
        if (!c.OpinionsHeard)
        {
            yield return CaseStep.HearOpinions;
            yield return CaseStep.ReviewInWriting;
        }
        if (c.HearingNoticeOn is null) yield return CaseStep.NoticeHearing;
        else if (c.HearingHeldOn is null) yield return CaseStep.HoldHearing;
        if (c.CommitteeOn is null) yield return CaseStep.ConsultCommittee;
    }

    /// <summary>第77条: a decision the respondent must perform, until its performance is recorded.</summary>
    static CaseStep[] Performance(ReconsiderationCase c) =>
        !PerformanceRules.Performable(c) || c.PerformedOn is not null ? []
        : c.PerformanceOrderedOn is null ? [CaseStep.RecordPerformance, CaseStep.OrderPerformance]
        : [CaseStep.RecordPerformance];

    /// <summary>第56–59条: one 附带审查 per case, then how it ended.</summary>
    static CaseStep[] Incidental(ReconsiderationCase c) =>
        c.IncidentalReviewOn is null ? [CaseStep.RaiseIncidentalReview]
        : c.IncidentalDoneOn is null ? [..Maker(c), CaseStep.ConcludeIncidentalReview]
        : c.IncidentalOutcome == IncidentalOutcome.Forwarded && c.ForwardReplyOn is null ? [CaseStep.RecordForwardReply]
        : [];

    /// <summary>第58条: the maker is asked to answer, then answers.</summary>
    static CaseStep[] Maker(ReconsiderationCase c) =>
        c.MakerNotifiedOn is null ? [CaseStep.NotifyMaker]
        : c.MakerAnsweredOn is null ? [CaseStep.RecordMakerAnswer] : [];

    /// <summary>第76条: one 意见书 per case, then its report back.</summary>
    static CaseStep[] OpinionLetter(ReconsiderationCase c) =>
        c.OpinionLetterServedOn is null ? [CaseStep.IssueOpinionLetter]
        : c.OpinionLetterReportedOn is null ? [CaseStep.RecordOpinionReport] : [];

    /// <summary>Applies the step to the case and returns its timeline event. A step is recorded when it happened,
    /// never ahead of today.</summary>
    public static TimelineEvent Apply(ReconsiderationCase c, CaseStepRequest r, DateOnly today, DeadlineCalculator calc)
    {
        if (r.On > today) throw new DomainException("On", $"日期（{r.On:yyyy-MM-dd}）不能晚于今天");
        switch (r.Step)
        {
            case CaseStep.RequestMaterial: CaseRules.RequestMaterial(c, r.On); break;
            case CaseStep.SupplyMaterial: CaseRules.SupplyMaterial(c, r.On); break;
            case CaseStep.Accept: CaseRules.Accept(c, r.On, CaseDeadlines.ReviewDue(c, calc)); break;
            case CaseStep.RefuseAcceptance:
                CaseRules.RefuseAcceptance(c, r.On, CaseDeadlines.ReviewDue(c, calc));
                break;
            case CaseStep.Abandon: CaseRules.Abandon(c, r.On, CaseDeadlines.SupplyDue(c, calc)); break;
            case CaseStep.SendCopy: CaseRules.SendCopy(c, r.On); break;
            case CaseStep.RecordCopyReceipt: CaseRules.RecordCopyReceipt(c, r.On); break;
            case CaseStep.ReceiveAnswer: CaseRules.ReceiveAnswer(c, r.On); break;
            case CaseStep.Suspend:
                CaseRules.Suspend(c, r.On, r.Ground ?? throw new DomainException("Ground", "请选择中止理由"));
                break;
            case CaseStep.Resume: CaseRules.Resume(c, r.On); break;
            case CaseStep.Conclude:
                CaseRules.Conclude(c, r.On,
                    r.Decision ?? throw new DomainException("Decision", "请选择决定类型"),
                    r.SelfCorrected, r.RedoWithinDays, r.Compensation, requireHearing: true);
                break;
            case CaseStep.ConvertToOrdinary: ReviewRules.ConvertToOrdinary(c, r.On, r.Approver); break;
            case CaseStep.HearOpinions: ReviewRules.HearOpinions(c, r.On); break;
            case CaseStep.ReviewInWriting: ReviewRules.ReviewInWriting(c, r.On, r.Reason); break;
            case CaseStep.NoticeHearing:
                ReviewRules.NoticeHearing(c, r.On, r.HearingOn, CaseDeadlines.HearingNoticeEnds(r.On, calc));
                break;
            case CaseStep.HoldHearing:
                ReviewRules.HoldHearing(c, r.On, CaseDeadlines.HearingNoticeEnds(c.HearingNoticeOn ?? r.On, calc));
                break;
            case CaseStep.ConsultCommittee: ReviewRules.ConsultCommittee(c, r.On, r.Advice); break;
            case CaseStep.IssueOpinionLetter: ReviewRules.IssueOpinionLetter(c, r.On, r.Recipient); break;
            case CaseStep.RecordOpinionReport: ReviewRules.RecordOpinionReport(c, r.On); break;
            case CaseStep.Publish: ReviewRules.Publish(c, r.On); break;
            case CaseStep.OrderPerformance: PerformanceRules.OrderPerformance(c, r.On, r.PerformBy); break;
            case CaseStep.RecordPerformance: PerformanceRules.RecordPerformance(c, r.On); break;
            case CaseStep.RaiseIncidentalReview: IncidentalReview.Raise(c, r.On, r.Document); break;
            case CaseStep.ConcludeIncidentalReview: IncidentalReview.Conclude(c, r.On, r.IncidentalOutcome); break;
            case CaseStep.Enforce: PerformanceRules.Enforce(c, r.On, r.Enforcement); break;
            case CaseStep.NotifyMaker: IncidentalReview.NotifyMaker(c, r.On); break;
            case CaseStep.RecordMakerAnswer: IncidentalReview.RecordMakerAnswer(c, r.On); break;
            case CaseStep.RecordForwardReply: IncidentalReview.RecordForwardReply(c, r.On); break;
        }
        return r.Step == CaseStep.Accept && c.AcceptanceDeemed
            ? new(c.AcceptedOn!.Value, "视为受理", "受理审查期限届满未作出不予受理决定，" +
                "依第三十条第三款视为受理")
            : Event(r.Step, r.On, c, r.Ground);
    }

    /// <summary>The application as received: a case converted since (第55条) came in under the simplified
    /// procedure.</summary>
    public static TimelineEvent Received(ReconsiderationCase c) => new(c.ReceivedOn, "收到申请",
        $"收到{c.Applicants}的行政复议申请（{Labels.Procedure[c.ConvertedOn is null ? c.Procedure
            : ReconsiderationProcedure.Simplified]}）" + (c.SubmittedViaRespondentOn is { } via
            ? $"，系{via:yyyy-MM-dd}通过被申请人提交后转送（第三十二条）" : ""));

    /// <summary>The step's timeline wording, from what the step recorded on the case (a suspension's own
    /// ground).</summary>
    public static TimelineEvent Event(CaseStep step, DateOnly on, ReconsiderationCase c,
        SuspensionGround? ground = null) => new(on, Label[step], step switch
    {
        CaseStep.RequestMaterial => "一次性书面通知申请人补正材料",
        CaseStep.SupplyMaterial => "申请人提交补正材料",
        CaseStep.Accept => "决定受理",
        CaseStep.RefuseAcceptance => "决定不予受理",
        CaseStep.SendCopy => "向被申请人发送申请书副本",
        CaseStep.RecordCopyReceipt => "被申请人收到申请书副本，答复期限自次日起算",
        CaseStep.Abandon => "申请人无正当理由逾期不补正，视为放弃行政复议申请（第三十一" +
            "条第二款），记录在案",
        CaseStep.ReceiveAnswer => "收到被申请人书面答复及证据",
        CaseStep.Suspend => $"中止审理：{(ground is { } g ? Labels.Ground[g] : "")}",
        CaseStep.Resume => "恢复审理",
        CaseStep.ConvertToOrdinary =>
            $"经行政复议机构负责人{c.ConversionApprover}批准，由简易程序转为普通程序审理（" +
                "第五十五条）",
        CaseStep.HearOpinions => "听取当事人意见并记录在案（第四十九条）",
        CaseStep.ReviewInWriting => $"因当事人原因不能听取意见，书面审理（第四十九条）" +
            $"：{c.WrittenReviewReason}",
        CaseStep.NoticeHearing => $"书面通知当事人于{c.HearingScheduledOn:yyyy-MM-dd}举行听证（第五十" +
            "一条）",
        CaseStep.HoldHearing => "举行听证，制作听证笔录（第五十条）",
        CaseStep.ConsultCommittee => $"提请行政复议委员会提出咨询意见（第五十二条）" +
            $"：{c.CommitteeAdvice}",
        CaseStep.IssueOpinionLetter =>
            $"向{c.OpinionLetterRecipient}制发行政复议意见书并送达，应于60日内报送纠正情况（" +
                "第七十六条）",
        CaseStep.RecordOpinionReport => $"{c.OpinionLetterRecipient}报送纠正相关行政行为的情况（第七" +
            "十六条）",
        CaseStep.Publish => "将行政复议决定书向社会公开（第七十九条）",
        CaseStep.OrderPerformance =>
            $"被申请人未履行行政复议决定，" +
                $"责令其于{c.PerformanceDue:yyyy-MM-dd}前履行（第七十七条第二款）",
        CaseStep.RecordPerformance => "被申请人已履行行政复议决定（第七十七条第一款）",
        CaseStep.Enforce => $"申请人、第三人逾期不起诉又不履行，{PerformanceRules.Enforcer(c)}（第" +
            "七十八条）",
        CaseStep.NotifyMaker => "书面通知规范性文件的制定机关就相关条款的合法性提出书面答" +
            "复（第五十八条）",
        CaseStep.RecordMakerAnswer => "收到制定机关的书面答复及相关材料（第五十八条）",
        CaseStep.RecordForwardReply => "接受转送的机关回复处理意见（第六十条）",
        CaseStep.RaiseIncidentalReview => $"对《{c.IncidentalDocument}》进行附带审查（第五十六条、" +
            "第五十七条）",
        CaseStep.ConcludeIncidentalReview =>
            $"附带审查：{(c.IncidentalOutcome is { } o ? IncidentalReview.Outcome[o] : "")}（第五十九条）",
        _ => $"作出{Labels.DecisionText(c)}决" +
            "定" + (c.RespondentSelfCorrected ? "（被申请人已自行纠错）" : ""),
    });

    public static TimelineEvent Extended(DateOnly on, Kernel.Calendar.DeadlineExtension e) =>
        new(on, "延期",
            $"审理期限延长至{e.NewDue:yyyy-MM-dd}，理由：{e.Reason}，批准人：{e.Approver}");
}
