namespace Fazhi.Features.Decisions;

/// <summary>A step's form on the decision's page: its title, and which fields it asks for (the date always).</summary>
public sealed record StepForm(DecisionStep Step, string Title, string? Until = null, string? Text = null,
    string? Reason = null, string? Passed = null, bool Meeting = false)
{
    /// <summary>The steps the decision allows now, as forms.</summary>
    public static IReadOnlyList<StepForm> For(MajorDecision d)
    {
        var forms = new List<StepForm>();
        void Add(bool when, params StepForm[] step)
        {
            if (when) forms.AddRange(step);
        }
        switch (d.State)
        {
            case DecisionState.Drafting:
                Add(d.ParticipationExempt is null,
                    new StepForm(DecisionStep.Participate, "公众参与：公开征求意见（一般不少于30日）", "截止日期",
                        "公众意见的研究采纳情况（期限届满后填写）", "期限少于30日的缩短理由"),
                    new StepForm(DecisionStep.Hearing, "公众参与：听证会", Text: "听证情况"));
                Add(d.CommentFrom is null && d.HearingOn is null && d.ParticipationExempt is null,
                    new StepForm(DecisionStep.ExemptParticipation, "公众参与不适用", Reason: "理由（如依法不予公开）"));
                Add(d.ExpertExempt is null && d.ExpertOn is null,
                    new StepForm(DecisionStep.Expert, "专家论证", Text: "专家论证意见及采纳情况"),
                    new StepForm(DecisionStep.ExemptExpert, "专家论证不适用", Reason: "理由（如不涉及专业性、技术性问题）"));
                Add(d.RiskExempt is null && d.RiskControllable != true,
                    new StepForm(DecisionStep.Risk, "风险评估", Text: "风险评估结论和防范措施", Passed: "风险可控"),
                    new StepForm(DecisionStep.ExemptRisk, "风险评估不适用", Reason: "理由（如已按规定评估，不作重复评估）"));
                Add(d.LegalityPassed != true && (d.LegalitySentOn is null || d.LegalityOn is not null),
                    new StepForm(DecisionStep.SendForLegality, "送请合法性审查"));
                Add(d.LegalitySentOn is not null && d.LegalityOn is null,
                    new StepForm(DecisionStep.LegalityOpinion, "合法性审查意见（一般不少于7个工作日）", Text: "审查意见",
                        Passed: "审查通过（合法）"));
                Add(true, new StepForm(DecisionStep.Deliberate, "集体讨论决定（常务会议或全体会议）", Text: "会议记录",
                    Passed: "行政首长决定通过", Meeting: true));
                break;
            case DecisionState.Adopted:
                Add(d.PartyReportedOn is null && d.PartyReportExempt is null,
                    new StepForm(DecisionStep.ReportToParty, "向同级党委请示报告", Text: "说明"),
                    new StepForm(DecisionStep.ExemptPartyReport, "按规定无需请示报告", Reason: "理由"));
                Add(true, new StepForm(DecisionStep.Publish, "决策公布", Text: "公众意见、专家论证意见的采纳情况"));
                break;
            case DecisionState.Published:
                Add(true, new StepForm(DecisionStep.Execute, "决策执行情况", Text: "执行情况"));
                Add(d.EvaluatedOn is null,
                    new StepForm(DecisionStep.Evaluate, "决策后评估", Text: "评估结论", Reason: "承担评估工作的单位"));
                break;
        }
        return forms;
    }
}
