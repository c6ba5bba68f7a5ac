using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Disputes;

/// <summary>What each step of a dispute requires and what it records.</summary>
public static class DisputeRules
{
    /// <summary>Checks the step against the case and applies it; returns the timeline's event. Nothing is changed
    /// when a rule is broken.</summary>
    public static TimelineEvent Apply(DisputeCase c, DisputeStepRequest r, DateOnly today, DeadlineCalculator calc)
    {
        if (!Enum.IsDefined(r.Step)) throw new DomainException("Step", "未知的办理步骤");
        if (r.On > today) throw new DomainException("On", "日期不能晚于今天");
        var text = (r.Text ?? "").Trim();
        if (text.Length > DisputeService.MaxText) throw new DomainException("Text", "不超过4000字");
        if (r.Step is DisputeStep.ApplyConfirmation or DisputeStep.RecordConfirmation)
            return Confirmation(c, r, text, calc);
        if (c.Outcome is not null) throw new DomainException("Step", $"该纠纷已{DisputeLabels.Outcome(c.Outcome)}");
        if (r.On < c.ReceivedOn) throw new DomainException("On", "办结日期不能早于受理日期");
        if (text.Length == 0)
            throw new DomainException("Text", r.Step == DisputeStep.Resolve ? "请填写调解协议的内容" : "请说明理由");
        if (r.Step == DisputeStep.Return && c.Source == DisputeSource.Party)
            throw new DomainException("Step", "当事人申请调解的纠纷不能退回，调解不成的请记录“调解不成”");
        var outcome = r.Step switch
        {
            DisputeStep.Resolve => DisputeOutcome.Resolved,
            DisputeStep.Fail => DisputeOutcome.Failed,
            DisputeStep.Terminate => DisputeOutcome.Terminated,
            _ => DisputeOutcome.Returned,
        };
        (c.Outcome, c.ConcludedOn, c.OutcomeText) = (outcome, r.On, text);
        var to = c.Source == DisputeSource.Court ? "法院" : "复议机构";
        return new(r.On, DisputeLabels.Outcome(outcome), outcome switch
        {
            DisputeOutcome.Resolved => $"达成调解协议：{text}",
            // 人民调解法 第26条: 调解不成 ends the mediation, and the parties are told of their other ways.
            DisputeOutcome.Failed => $"调解不成，终止调解并告知当事人依法通过仲裁、行政、司法等途径维护权利：{text}",
            DisputeOutcome.Returned => $"未能化解，退回{to}（{c.SourceReference}）：{text}",
            _ => $"终止调解：{text}",
        });
    }

    /// <summary>司法确认 (人民调解法 第33条): the parties apply within 30 days of the agreement taking effect, and the
    /// court confirms the agreement or does not.</summary>
    static TimelineEvent Confirmation(DisputeCase c, DisputeStepRequest r, string text, DeadlineCalculator calc)
    {
        if (c.Outcome != DisputeOutcome.Resolved || c.ConcludedOn is not { } agreed)
            throw new DomainException("Step", "只有调解成功（达成调解协议）的纠纷可以申请司法确认");
        if (r.Step == DisputeStep.ApplyConfirmation)
        {
            if (c.ConfirmationAppliedOn is not null) throw new DomainException("Step", "已申请司法确认");
            var window = calc.Compute(DisputeDeadlines.Confirmation, agreed);
            if (r.On < agreed || r.On > window.Due)
                throw new DomainException("On", $"申请司法确认应在调解协议生效之日（{agreed:yyyy-MM-dd}）起三十日内，" +
                    $"即{window.Due:yyyy-MM-dd}前（人民调解法第33条第1款）");
            c.ConfirmationAppliedOn = r.On;
            return new(r.On, "申请司法确认", text.Length > 0 ? text : "双方当事人共同向人民法院申请司法确认");
        }
        if (c.ConfirmationAppliedOn is not { } applied) throw new DomainException("Step", "尚未申请司法确认");
        if (c.Confirmed is not null) throw new DomainException("Step", "已记录司法确认结果");
        if (r.Confirmed is not { } confirmed) throw new DomainException("Confirmed", "请选择法院是否确认调解协议有效");
        if (r.On < applied) throw new DomainException("On", "确认日期不能早于申请日期");
        (c.Confirmed, c.ConfirmedOn) = (confirmed, r.On);
        return new(r.On, confirmed ? "司法确认有效" : "不予确认",
            (confirmed ? "人民法院裁定调解协议有效" : "人民法院裁定驳回申请（不予确认）") +
            (text.Length > 0 ? $"：{text}" : ""));
    }
}
