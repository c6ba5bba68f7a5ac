using Fazhi.Features.Reconsideration;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Reconsideration;

/// <summary>The review steps of 行政复议法 第49–52、55、64、71、72、76条, through CaseSteps as the API and page send
/// them.</summary>
public class ReviewStepTests
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());
    static readonly DateOnly Today = D("2026-12-31");

    static ReconsiderationCase Accepted(ReconsiderationProcedure procedure = ReconsiderationProcedure.Ordinary)
    {
        var c = new ReconsiderationCase
        {
            CaseNumber = "清政复〔2026〕1号", Applicants = "张三", UnitId = 1, RespondentUnitId = 2,
            ContestedAct = "罚款决定", Category = ActCategory.Penalty, ReceivedOn = D("2026-03-02"), AmountYuan = 2000,
            Procedure = procedure,
            SimplifiedBasis = procedure == ReconsiderationProcedure.Simplified ? SimplifiedBasis.SmallAmount : null,
        };
        Step(c, CaseStep.Accept, "2026-03-02");
        return c;
    }

    static string Step(ReconsiderationCase c, CaseStep step, string on, ReconsiderationDecision? decision = null,
        int? redo = null, CompensationRuling? compensation = null, string? text = null, string? hearingOn = null) =>
        CaseSteps.Apply(c, new CaseStepRequest(step, D(on), c.Version, Decision: decision, RedoWithinDays: redo,
            Compensation: compensation, Approver: text, Reason: text, Advice: text, Recipient: text,
            HearingOn: hearingOn is null ? null : D(hearingOn)), Today, Calc).Text;

    static DomainException Refused(Action a) => Assert.Throws<DomainException>(a);

    [Fact]
    public void A_simplified_case_converted_with_approval_takes_the_ordinary_periods_from_acceptance()
    {
        var c = Accepted(ReconsiderationProcedure.Simplified);
        Assert.Contains(CaseStep.ConvertToOrdinary, CaseSteps.Available(c));
        Assert.Equal("Approver", Refused(() => Step(c, CaseStep.ConvertToOrdinary, "2026-03-04")).Field);
        var text = Step(c, CaseStep.ConvertToOrdinary, "2026-03-04", text: "王主任");
        Assert.Contains("王主任", text);
        Assert.Contains("第五十五条", text);
        Assert.Equal(ReconsiderationProcedure.Ordinary, c.Procedure);
        Assert.DoesNotContain(CaseStep.ConvertToOrdinary, CaseSteps.Available(c));

        var deadlines = CaseDeadlines.For(c, Calc, []);
        var ordinary = CaseDeadlines.Rules.Single(r => r.Key == CaseDeadlines.DecisionRuleKey); // 60 days
        Assert.Equal(Calc.Compute(ordinary, D("2026-03-02")).Due,
            deadlines.Single(d => d.Rule.Key == CaseDeadlines.DecisionRuleKey).Due);
        Assert.Contains(deadlines, d => d.Rule.Key == "reconsideration.copy_to_respondent"); // 第48条: 7 working days
        Step(c, CaseStep.SendCopy, "2026-03-05");
        Step(c, CaseStep.RecordCopyReceipt, "2026-03-06");
        Assert.Contains(CaseDeadlines.For(c, Calc, []), d => d.Rule.Key == "reconsideration.respondent_answer");
        Assert.DoesNotContain(CaseDeadlines.For(c, Calc, []), d => d.Rule.Key.EndsWith("_simplified"));
    }

    [Fact]
    public void Annulment_may_order_the_act_made_anew_within_a_period_and_still_counts_as_annulled()
    {
        var c = Accepted();
        Step(c, CaseStep.HearOpinions, "2026-03-10");
        Assert.Equal("RedoWithinDays", Refused(() =>
            Step(c, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.Uphold, redo: 60)).Field);
        var text = Step(c, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.Annul, redo: 60);
        Assert.Equal("作出撤销（责令60日内重新作出行政行为）决定", text);
        Assert.Equal(60, c.RedoWithinDays);
        Assert.Equal(ReconsiderationDecision.Annul, c.Decision);
        Assert.Equal("annulled", ReconsiderationFigures.Slug(c.Decision!.Value));
    }

    [Fact]
    public void An_ordinary_case_is_decided_only_after_the_parties_were_heard_or_written_review_was_recorded()
    {
        var c = Accepted();
        Assert.Contains("第四十九条", Refused(() =>
            Step(c, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.Uphold)).Message);
        Step(c, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.Terminated); // an ending needs no hearing

        var written = Accepted();
        Assert.Equal("Reason", Refused(() => Step(written, CaseStep.ReviewInWriting, "2026-03-10")).Field);
        Assert.Contains("申请人拒绝", Step(written, CaseStep.ReviewInWriting, "2026-03-10", text: "申请人拒绝陈述意见"));
        Assert.DoesNotContain(CaseStep.HearOpinions, CaseSteps.Available(written));
        Step(written, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.Uphold);

        var simplified = Accepted(ReconsiderationProcedure.Simplified); // may be reviewed in writing (第54条)
        Assert.DoesNotContain(CaseStep.HearOpinions, CaseSteps.Available(simplified));
        Step(simplified, CaseStep.Conclude, "2026-03-20", ReconsiderationDecision.Uphold);
    }

    [Fact]
    public void A_hearing_is_held_only_after_five_full_working_days_from_its_written_notice()
    {
        var c = Accepted();
        // Notice on Monday 2026-03-09: the five working days are 03-10 to 03-16, so the hearing is 03-17 or later.
        Assert.Equal("HearingOn", Refused(() => Step(c, CaseStep.NoticeHearing, "2026-03-09")).Field);
        Assert.Contains("2026-03-17", Refused(() =>
            Step(c, CaseStep.NoticeHearing, "2026-03-09", hearingOn: "2026-03-16")).Message);
        Assert.Contains("2026-03-17", Step(c, CaseStep.NoticeHearing, "2026-03-09", hearingOn: "2026-03-17"));
        Assert.Contains(CaseStep.HoldHearing, CaseSteps.Available(c));
        Assert.DoesNotContain(CaseStep.NoticeHearing, CaseSteps.Available(c));
        Assert.Throws<DomainException>(() => Step(c, CaseStep.HoldHearing, "2026-03-16"));
        Step(c, CaseStep.HoldHearing, "2026-03-17");
        Assert.True(c.OpinionsHeard); // a hearing hears the parties (第49条)
        Step(c, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.Uphold);
    }

    [Fact]
    public void An_opinion_letter_after_the_decision_gives_the_recipient_60_days_to_report_back()
    {
        var c = Accepted();
        Step(c, CaseStep.HearOpinions, "2026-03-10");
        Step(c, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.ConfirmUnlawful);
        Assert.Contains(CaseStep.IssueOpinionLetter, CaseSteps.Available(c));
        Assert.Equal("Recipient", Refused(() => Step(c, CaseStep.IssueOpinionLetter, "2026-04-03")).Field);
        Assert.Contains("县公安局", Step(c, CaseStep.IssueOpinionLetter, "2026-04-03", text: "县公安局"));
        var report = CaseDeadlines.For(c, Calc, []).Single(d => d.Rule.Key == "reconsideration.opinion_report");
        Assert.Equal(D("2026-06-02"), report.Due);
        Assert.Contains("第76条", report.Rule.LegalBasis);
        Assert.Contains(CaseStep.RecordOpinionReport, CaseSteps.Available(c));
        Assert.DoesNotContain(CaseStep.IssueOpinionLetter, CaseSteps.Available(c));
        Step(c, CaseStep.RecordOpinionReport, "2026-05-20");
        // The opinion letter is done with; what is left is publishing the decision and its performance (第77条).
        Assert.Equal(new[] { CaseStep.Publish, CaseStep.RecordPerformance, CaseStep.OrderPerformance },
            CaseSteps.Available(c));
        Assert.Equal(D("2026-05-20"),
            CaseDeadlines.For(c, Calc, []).Single(d => d.Rule.Key == "reconsideration.opinion_report").DoneOn);
    }

    [Fact]
    public void The_committee_advice_is_recorded_as_given()
    {
        var c = Accepted();
        Assert.Equal("Advice", Refused(() => Step(c, CaseStep.ConsultCommittee, "2026-03-20")).Field);
        Assert.Contains("建议撤销", Step(c, CaseStep.ConsultCommittee, "2026-03-20", text: "多数委员建议撤销"));
        Assert.Equal("多数委员建议撤销", c.CommitteeAdvice);
        Assert.DoesNotContain(CaseStep.ConsultCommittee, CaseSteps.Available(c));
    }

    [Fact]
    public void Agreement_decisions_and_compensation_follow_articles_71_and_72()
    {
        var c = Accepted();
        Step(c, CaseStep.HearOpinions, "2026-03-10");
        Assert.Contains("行政协议", Refused(() =>
            Step(c, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.AgreementLiability)).Message);
        Assert.Equal("Compensation", Refused(() => Step(c, CaseStep.Conclude, "2026-04-01",
            ReconsiderationDecision.Uphold, compensation: CompensationRuling.Awarded)).Field);
        Assert.Equal("Compensation", Refused(() => Step(c, CaseStep.Conclude, "2026-04-01",
            ReconsiderationDecision.ConfirmUnlawful, compensation: CompensationRuling.Restitution)).Field);
        Assert.Contains("驳回行政赔偿请求", Step(c, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.Uphold,
            compensation: CompensationRuling.ClaimDismissed));

        var agreement = Accepted();
        agreement.Category = ActCategory.Agreement;
        Step(agreement, CaseStep.HearOpinions, "2026-03-10");
        Assert.Contains("责令承担行政协议责任",
            Step(agreement, CaseStep.Conclude, "2026-04-01", ReconsiderationDecision.AgreementLiability));

        var options = new CorrectionRateOptions();
        Assert.Contains(ReconsiderationDecision.AgreementLiability, options.DirectCorrection);
        Assert.Contains(ReconsiderationDecision.AgreementCompensation, options.DirectCorrection);
        var slugs = Enum.GetValues<ReconsiderationDecision>().Select(ReconsiderationFigures.Slug).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.Equal(Enum.GetValues<ReconsiderationDecision>().Length, Labels.Decision.Count);
    }
}

/// <summary>第23条 (复议前置), 第32条 (forwarding by the penalty's agency) and 第79条 (publication).</summary>
public class RegistrationAndPublicationTests
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());

    static ReconsiderationCase NewCase() => new()
    {
        CaseNumber = "清政复〔2026〕1号", Applicants = "张三", UnitId = 1, RespondentUnitId = 2, ContestedAct = "当场罚款",
        Category = ActCategory.Penalty, ReceivedOn = D("2026-03-12"),
    };

    [Fact]
    public void Review_first_grounds_must_fit_the_act_and_a_forwarded_application_has_five_working_days()
    {
        var c = NewCase();
        c.ReviewFirst = ReviewFirstGround.InformationWithheld;
        Assert.Equal("ReviewFirst",
            Assert.Throws<DomainException>(() => CaseRules.ValidateRegistration(c, D("2026-12-31"))).Field);
        c.ReviewFirst = ReviewFirstGround.OnTheSpotPenalty;
        c.SubmittedViaRespondentOn = D("2026-03-13");
        Assert.Equal("SubmittedViaRespondentOn",
            Assert.Throws<DomainException>(() => CaseRules.ValidateRegistration(c, D("2026-12-31"))).Field);
        c.SubmittedViaRespondentOn = D("2026-03-02"); // Monday; five working days end Monday 03-09
        CaseRules.ValidateRegistration(c, D("2026-12-31"));
        var forwarding = CaseDeadlines.For(c, Calc, []).Single(d => d.Rule.Key == "reconsideration.forwarding");
        Assert.Equal(D("2026-03-09"), forwarding.Due);
        Assert.Equal(DeadlineState.MetLate, forwarding.StateOn(D("2026-12-31")));
        Assert.Contains("第32条", forwarding.Rule.LegalBasis);
    }

    [Fact]
    public void A_decision_is_published_once_and_not_before_it_was_made()
    {
        var c = NewCase();
        CaseRules.Accept(c, D("2026-03-13"), CaseDeadlines.ReviewDue(c, Calc));
        Assert.DoesNotContain(CaseStep.Publish, CaseSteps.Available(c));
        CaseRules.Conclude(c, D("2026-04-01"), ReconsiderationDecision.Uphold, false);
        Assert.Contains(CaseStep.Publish, CaseSteps.Available(c));
        Assert.Throws<DomainException>(() => ReviewRules.Publish(c, D("2026-03-31")));
        var text = CaseSteps.Apply(c, new CaseStepRequest(CaseStep.Publish, D("2026-04-10"), 0), D("2026-12-31"),
            Calc).Text;
        Assert.Contains("第七十九条", text);
        Assert.Equal(D("2026-04-10"), c.PublishedOn);
        Assert.DoesNotContain(CaseStep.Publish, CaseSteps.Available(c));
    }
}
