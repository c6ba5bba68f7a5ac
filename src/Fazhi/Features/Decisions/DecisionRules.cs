using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Decisions;

/// <summary>What each step of a major decision requires, as 重大行政决策程序暂行条例 (国务院令第713号) sets it, and what
/// it records. A broken rule changes nothing.</summary>
public static class DecisionRules
{
    const string Law = "《重大行政决策程序暂行条例》";
    public const int MaxText = 4000;

    /// <summary>第15条第1款: a public comment window "一般不少于30日"; a shorter one states its reason.</summary>
    public const int CommentDays = 30;

    /// <summary>第26条第2款: the legality review is given "一般不少于7个工作日".</summary>
    public static readonly DeadlineRule LegalityReview = new("decisions.legality_review", "合法性审查时间", 7,
        PeriodUnit.WorkingDay, $"{Law}第26条第2款（一般不少于7个工作日）", "送请合法性审查之日");

    public static TimelineEvent Apply(MajorDecision d, DecisionStepRequest r, DateOnly today, DeadlineCalculator calc)
    {
        if (!Enum.IsDefined(r.Step)) throw new DomainException("Step", "未知的办理步骤");
        var on = r.On ?? throw new DomainException("On", "请填写日期");
        if (on > today) throw new DomainException("On", "日期不能晚于今天");
        if (on < d.RegisteredOn) throw new DomainException("On", "日期不能早于决策登记日期");
        var text = Clean(r.Text, "Text");
        var reason = Clean(r.Reason, "Reason");
        if (r.Step <= DecisionStep.Deliberate && d.State != DecisionState.Drafting)
            throw new DomainException("Step", $"该决策已{DecisionLabels.State(d.State)}，不能再履行决策前程序");
        return r.Step switch
        {
            DecisionStep.Participate => Participate(d, r, on, text, reason),
            DecisionStep.Hearing => Record(d.ParticipationExempt, "公众参与", () => d.HearingOn =
                Required(text, "请填写听证情况") is not null ? on : null, on, "听证", $"召开听证会（第16–17条）：{text}"),
            DecisionStep.Expert => Record(d.ExpertExempt, "专家论证", () => (d.ExpertOn, d.ExpertText) =
                (on, Required(text, "请填写专家论证意见及其采纳情况")), on, "专家论证", text),
            DecisionStep.Risk => Risk(d, r, on, text),
            DecisionStep.ExemptParticipation => Exempt(d.CommentFrom is not null || d.HearingOn is not null, "公众参与",
                reason, on, () => d.ParticipationExempt = reason),
            DecisionStep.ExemptExpert => Exempt(d.ExpertOn is not null, "专家论证", reason, on,
                () => d.ExpertExempt = reason),
            DecisionStep.ExemptRisk => Exempt(d.RiskOn is not null, "风险评估", reason, on, () => d.RiskExempt = reason),
            DecisionStep.SendForLegality => Send(d, on),
            DecisionStep.LegalityOpinion => Opinion(d, r, on, text, calc),
            DecisionStep.Deliberate => Deliberate(d, r, on, text),
            _ => AfterDecision(d, r, on, text, reason),
        };
    }

    static TimelineEvent Participate(MajorDecision d, DecisionStepRequest r, DateOnly from, string? text,
        string? reason)
    {
        if (d.ParticipationExempt is not null) throw new DomainException("Step", "已说明公众参与不适用的理由");
        var until = r.Until ?? throw new DomainException("Until", "请填写征求意见截止日期");
        if (until < from) throw new DomainException("Until", "截止日期不能早于开始日期");
        var days = until.DayNumber - from.DayNumber + 1;
        if (days < CommentDays && reason is null)
            throw new DomainException("Reason", $"公开征求意见期限为{days}日，少于30日的应说明缩短理由（{Law}第15条第1款）");
        (d.CommentFrom, d.CommentTo, d.ShortenedReason, d.ParticipationText) = (from, until,
            days < CommentDays ? reason : null, text ?? d.ParticipationText);
        return new(from, "公众参与", $"向社会公开征求意见{from:yyyy-MM-dd}至{until:yyyy-MM-dd}（{days}日" +
            (days < CommentDays ? $"，缩短理由：{reason}" : "") + "）" + (text is null ? "" : $"；意见采纳情况：{text}"));
    }

    static TimelineEvent Risk(MajorDecision d, DecisionStepRequest r, DateOnly on, string? text)
    {
        if (d.RiskExempt is not null) throw new DomainException("Step", "已说明风险评估不适用的理由");
        var controllable = r.Passed ?? throw new DomainException("Passed", "请选择风险是否可控");
        (d.RiskOn, d.RiskControllable, d.RiskText) = (on, controllable, Required(text, "请填写风险评估结论和防范措施"));
        return new(on, "风险评估", $"{(controllable ? "风险可控" : "风险不可控，须调整决策草案后重新评估（第24条）")}：{text}");
    }

    static TimelineEvent Send(MajorDecision d, DateOnly on)
    {
        if (d.LegalityPassed == true) throw new DomainException("Step", "合法性审查已通过");
        (d.LegalitySentOn, d.LegalityOn, d.LegalityPassed, d.LegalityText) = (on, null, null, null);
        return new(on, "送请合法性审查", "送请合法性审查，附决策草案、法律依据和履行决策程序的说明（第26条）");
    }

    static TimelineEvent Opinion(MajorDecision d, DecisionStepRequest r, DateOnly on, string? text,
        DeadlineCalculator calc)
    {
        if (d.LegalitySentOn is not { } sent || d.LegalityOn is not null)
            throw new DomainException("Step", "请先送请合法性审查");
        var earliest = calc.Compute(LegalityReview, sent).Due!.Value;
        if (on < earliest)
            throw new DomainException("On", $"合法性审查时间一般不少于7个工作日：{sent:yyyy-MM-dd}送审，" +
                $"最早{earliest:yyyy-MM-dd}出具意见（{Law}第26条第2款）");
        var lawful = r.Passed ?? throw new DomainException("Passed", "请选择审查结论");
        (d.LegalityOn, d.LegalityPassed, d.LegalityText) = (on, lawful, Required(text, "请填写合法性审查意见"));
        return new(on, "合法性审查意见", (lawful ? "审查通过" : "审查认为不合法，不得提交讨论（第25条第2款）") + $"：{text}");
    }

    /// <summary>第30条, with the gate of 第25条 and 第29条: no draft goes to the meeting without a lawful review, with a
    /// comment window still open, or with a procedure neither done nor exempted for a stated reason.</summary>
    static TimelineEvent Deliberate(MajorDecision d, DecisionStepRequest r, DateOnly on, string? text)
    {
        var missing = DecisionLabels.Procedures(d).Take(3).Where(p => !p.Settled).Select(p => p.Name).ToList();
        if (d.LegalityPassed != true || d.LegalityOn > on) missing.Add("合法性审查（须审查合法后提交讨论）");
        if (missing.Count > 0)
            throw new DomainException("Step", $"以下程序尚未履行或未说明不适用的理由，不能提交集体讨论：{string.Join("、", missing)}");
        if (d.CommentTo >= on)
            throw new DomainException("On", $"公开征求意见至{d.CommentTo:yyyy-MM-dd}，期限届满后方可提交讨论");
        var after = new[] { ("听证", d.HearingOn), ("专家论证", d.ExpertOn), ("风险评估", d.RiskOn) }
            .Where(p => p.Item2 > on).Select(p => p.Item1).ToList();
        if (after.Count > 0)
            throw new DomainException("On", $"{string.Join("、", after)}的日期晚于集体讨论日期，讨论时应已完成（第29条）");
        if (d.RiskExempt is null && d.RiskControllable != true)
            throw new DomainException("Step", "风险评估认为风险不可控，应调整决策草案、重新评估后再作决策（第24条）");
        var adopted = r.Passed ?? throw new DomainException("Passed", "请选择行政首长的决定");
        var minutes = Required(text, "请填写集体讨论的会议记录");
        var against = r.AgainstMajority == true;
        var headReason = Clean(r.HeadReason, "HeadReason");
        if (against && headReason is null)
            throw new DomainException("HeadReason", "行政首长的决定与多数人意见不一致的，应当说明理由（第30条第2款）");
        (d.MeetingOn, d.Minutes, d.Dissent, d.HeadReason, d.State) = (on, minutes, Clean(r.Dissent, "Dissent"),
            against ? headReason : null, adopted ? DecisionState.Adopted : DecisionState.Rejected);
        return new(on, "集体讨论决定", $"{(adopted ? "会议讨论，行政首长决定通过" : "会议讨论，行政首长决定不予通过")}：{minutes}" +
            (d.Dissent is { } dissent ? $"；不同意见：{dissent}" : "") + (against ? $"；首长说明理由：{headReason}" : ""));
    }

    static TimelineEvent AfterDecision(MajorDecision d, DecisionStepRequest r, DateOnly on, string? text,
        string? reason)
    {
        var (needed, what) = r.Step is DecisionStep.Execute or DecisionStep.Evaluate
            ? (DecisionState.Published, "公布") : (DecisionState.Adopted, "作出决定");
        if (d.State != needed) throw new DomainException("Step", $"该决策尚未{what}，或已办理此步骤");
        if (on < d.MeetingOn) throw new DomainException("On", "日期不能早于集体讨论日期");
        switch (r.Step)
        {
            case DecisionStep.ReportToParty:
                if (d.PartyReportedOn is not null || d.PartyReportExempt is not null)
                    throw new DomainException("Step", "已向党委请示报告");
                d.PartyReportedOn = on;
                return new(on, "向党委请示报告", text ?? "决策出台前向同级党委请示报告（第31条）");
            case DecisionStep.ExemptPartyReport:
                if (d.PartyReportedOn is not null) throw new DomainException("Step", "已向党委请示报告");
                d.PartyReportExempt = reason ?? throw new DomainException("Reason", "请说明按规定无需请示报告的理由");
                return new(on, "说明不适用", $"向党委请示报告不适用：{reason}");
            case DecisionStep.Publish:
                if (d.PartyReportedOn is null && d.PartyReportExempt is null)
                    throw new DomainException("Step", "决策出台前应当向同级党委请示报告（第31条），或说明按规定无需报告的理由");
                (d.PublishedOn, d.PublicationText, d.State) = (on,
                    Required(text, "请说明公众意见、专家论证意见的采纳情况（第32条）"), DecisionState.Published);
                return new(on, "决策公布", text!);
            case DecisionStep.Execute:
                return new(on, "决策执行", Required(text, "请填写执行情况"));
            default:
                (d.EvaluatedOn, d.Evaluator, d.EvaluationText) = (on,
                    reason ?? throw new DomainException("Reason", "请填写承担评估工作的单位（第36条）"),
                    Required(text, "请填写决策后评估的结论"));
                return new(on, "决策后评估", $"{reason}评估：{text}");
        }
    }

    static TimelineEvent Record(string? exempt, string name, Action apply, DateOnly on, string kind, string? text)
    {
        if (exempt is not null) throw new DomainException("Step", $"已说明{name}不适用的理由");
        apply();
        return new(on, kind, text!);
    }

    static TimelineEvent Exempt(bool done, string name, string? reason, DateOnly on, Action apply)
    {
        if (done) throw new DomainException("Step", $"{name}已履行，无需说明不适用的理由");
        if (reason is null) throw new DomainException("Reason", $"请说明{name}不适用的理由");
        apply();
        return new(on, "说明不适用", $"{name}不适用：{reason}");
    }

    static string? Clean(string? text, string field) => (text ?? "").Trim() is { Length: > 0 } t
        ? t.Length <= MaxText ? t : throw new DomainException(field, $"不超过{MaxText}字") : null;

    static string Required(string? text, string message) => text ?? throw new DomainException("Text", message);
}
