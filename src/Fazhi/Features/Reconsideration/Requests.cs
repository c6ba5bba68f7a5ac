using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Reconsideration;

/// <summary>What a caller may send to register a case: never the stored entity, so no other field can be set.</summary>
public sealed record RegisterCaseRequest(string CaseNumber, string Applicants, int UnitId, int RespondentUnitId,
    string ContestedAct, ActCategory Category, DateOnly ReceivedOn,
    ReconsiderationProcedure Procedure = ReconsiderationProcedure.Ordinary, SimplifiedBasis? SimplifiedBasis = null,
    decimal? AmountYuan = null)
{
    public ReconsiderationCase ToCase() => new()
    {
        CaseNumber = CaseNumber, Applicants = Applicants, UnitId = UnitId, RespondentUnitId = RespondentUnitId,
        ContestedAct = ContestedAct, Category = Category, ReceivedOn = ReceivedOn, Procedure = Procedure,
        SimplifiedBasis = SimplifiedBasis, AmountYuan = AmountYuan,
    };
}

public enum CaseStep
{
    RequestMaterial, SupplyMaterial, Accept, RefuseAcceptance, SendCopy, ReceiveAnswer, Suspend, Resume, Conclude,
    RecordCopyReceipt, Abandon,
}

public sealed record CaseStepRequest(CaseStep Step, DateOnly On, int Version, SuspensionGround? Ground = null,
    ReconsiderationDecision? Decision = null, bool SelfCorrected = false);

public sealed record ExtensionRequest(DateOnly NewDue, string Reason, string Approver);

/// <summary>The procedural steps of a case: which the case's state allows, what each changes (CaseRules), and how the
/// timeline words it — written once for the API, the case page and the demo county.</summary>
public static class CaseSteps
{
    public static readonly Dictionary<CaseStep, string> Label = new()
    {
        [CaseStep.RequestMaterial] = "要求补正", [CaseStep.SupplyMaterial] = "补正", [CaseStep.Accept] = "受理",
        [CaseStep.RefuseAcceptance] = "不予受理", [CaseStep.SendCopy] = "发送副本", [CaseStep.ReceiveAnswer] = "答复",
        [CaseStep.Suspend] = "中止", [CaseStep.Resume] = "恢复审理", [CaseStep.Conclude] = "决定",
        [CaseStep.RecordCopyReceipt] = "被申请人收到副本", [CaseStep.Abandon] = "视为放弃",
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
        ReconsiderationStatus.Accepted when c.CopySentOn is null =>
            [CaseStep.SendCopy, CaseStep.Suspend, CaseStep.Conclude],
        ReconsiderationStatus.Accepted when c.CopyReceivedOn is null =>
            [CaseStep.RecordCopyReceipt, CaseStep.Suspend, CaseStep.Conclude],
        ReconsiderationStatus.Accepted when c.AnswerReceivedOn is null =>
            [CaseStep.ReceiveAnswer, CaseStep.Suspend, CaseStep.Conclude],
        ReconsiderationStatus.Accepted => [CaseStep.Suspend, CaseStep.Conclude],
        ReconsiderationStatus.Suspended => [CaseStep.Resume, CaseStep.Conclude],
        _ => [],
    };

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
                CaseRules.Conclude(c, r.On, r.Decision ?? throw new DomainException("Decision", "请选择决定类型"),
                    r.SelfCorrected);
                break;
        }
        return r.Step == CaseStep.Accept && c.AcceptanceDeemed
            ? new(c.AcceptedOn!.Value, "视为受理", "受理审查期限届满未作出不予受理决定，依第三十条第三款视为受理")
            : Event(r.Step, r.On, r.Ground, r.Decision, r.SelfCorrected);
    }

    public static TimelineEvent Received(ReconsiderationCase c) =>
        new(c.ReceivedOn, "收到申请", $"收到{c.Applicants}的行政复议申请（{Labels.Procedure[c.Procedure]}）");

    public static TimelineEvent Event(CaseStep step, DateOnly on, SuspensionGround? ground = null,
        ReconsiderationDecision? decision = null, bool selfCorrected = false) => new(on, Label[step], step switch
    {
        CaseStep.RequestMaterial => "一次性书面通知申请人补正材料",
        CaseStep.SupplyMaterial => "申请人提交补正材料",
        CaseStep.Accept => "决定受理",
        CaseStep.RefuseAcceptance => "决定不予受理",
        CaseStep.SendCopy => "向被申请人发送申请书副本",
        CaseStep.RecordCopyReceipt => "被申请人收到申请书副本，答复期限自次日起算",
        CaseStep.Abandon => "申请人无正当理由逾期不补正，视为放弃行政复议申请（第三十一条第二款），记录在案",
        CaseStep.ReceiveAnswer => "收到被申请人书面答复及证据",
        CaseStep.Suspend => $"中止审理：{(ground is { } g ? Labels.Ground[g] : "")}",
        CaseStep.Resume => "恢复审理",
        _ => $"作出{(decision is { } d ? Labels.Decision[d] : "")}决定" + (selfCorrected ? "（被申请人已自行纠错）" : ""),
    });

    public static TimelineEvent Extended(DateOnly on, Kernel.Calendar.DeadlineExtension e) =>
        new(on, "延期", $"审理期限延长至{e.NewDue:yyyy-MM-dd}，理由：{e.Reason}，批准人：{e.Approver}");
}
