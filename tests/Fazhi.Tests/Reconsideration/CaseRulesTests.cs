using Fazhi.Features.Reconsideration;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Reconsideration;

public class CaseRulesTests
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());

    static void Accept(ReconsiderationCase c, DateOnly on) => CaseRules.Accept(c, on, CaseDeadlines.ReviewDue(c, Calc));

    static ReconsiderationCase NewCase() => new()
    {
        CaseNumber = "清政复〔2026〕1号", Applicants = "张三", UnitId = 1, RespondentUnitId = 2, ContestedAct = "罚款决定",
        Category = ActCategory.Penalty, ReceivedOn = D("2026-03-02"),
    };

    [Fact]
    public void A_decision_dated_before_acceptance_is_refused()
    {
        var c = NewCase();
        Accept(c, D("2026-03-05"));
        var e = Assert.Throws<DomainException>(() =>
            CaseRules.Conclude(c, D("2026-03-04"), ReconsiderationDecision.Uphold, false));
        Assert.Contains("不能早于受理日期", e.Message);
        Assert.Equal(ReconsiderationStatus.Accepted, c.Status);
    }

    [Fact]
    public void The_simplified_procedure_needs_a_ground_of_article_53()
    {
        var c = NewCase();
        c.Procedure = ReconsiderationProcedure.Simplified;
        Assert.Equal("SimplifiedBasis",
            Assert.Throws<DomainException>(() => CaseRules.ValidateRegistration(c, D("2026-12-31"))).Field);
        c.SimplifiedBasis = SimplifiedBasis.SmallAmount;
        c.AmountYuan = 3500;
        Assert.Contains("3000元",
            Assert.Throws<DomainException>(() => CaseRules.ValidateRegistration(c, D("2026-12-31"))).Message);
        c.AmountYuan = 3000;
        CaseRules.ValidateRegistration(c, D("2026-12-31"));
    }

    [Fact]
    public void Suspension_pauses_the_decision_deadline_and_resumption_restarts_it()
    {
        var c = NewCase();
        Accept(c, D("2026-03-02"));
        CaseRules.Suspend(c, D("2026-03-10"), SuspensionGround.AwaitingOtherCase);
        Assert.Equal(DeadlineState.Paused, CaseDeadlines.Decision(c, Calc, [])!.StateOn(D("2026-06-01")));
        Assert.Throws<DomainException>(() =>
            CaseRules.Conclude(c, D("2026-03-20"), ReconsiderationDecision.Uphold, false));
        CaseRules.Resume(c, D("2026-03-30"));
        Assert.Equal(D("2026-05-21"), CaseDeadlines.Decision(c, Calc, [])!.Due);
    }

    [Fact]
    public void Suspension_grounds_are_numbered_as_article_39_items_and_items_1_2_4_end_the_case_after_60_days()
    {
        // 第39条第1款: (三) 公民下落不明, (四) 法人或者其他组织终止; 第41条第1款第5项 names items 1, 2 and 4.
        Assert.Equal(3, (int)SuspensionGround.ApplicantMissing);
        Assert.Equal(4, (int)SuspensionGround.EntityEnded);
        Assert.Contains("下落不明", Labels.Ground[(SuspensionGround)3]);
        Assert.Contains("终止", Labels.Ground[(SuspensionGround)4]);

        var ended = NewCase();
        Accept(ended, D("2026-03-02"));
        CaseRules.Suspend(ended, D("2026-03-10"), SuspensionGround.EntityEnded);
        var termination = CaseDeadlines.For(ended, Calc, [])
            .Single(d => d.Rule.Key == "reconsideration.suspension_termination");
        Assert.Equal(D("2026-05-09"), termination.Due); // a Saturday, but a 调休 working day in 2026, so it stays
        Assert.Contains("第41条第1款第5项", termination.Rule.LegalBasis);

        var missing = NewCase();
        Accept(missing, D("2026-03-02"));
        CaseRules.Suspend(missing, D("2026-03-10"), SuspensionGround.ApplicantMissing);
        Assert.DoesNotContain(CaseDeadlines.For(missing, Calc, []),
            d => d.Rule.Key == "reconsideration.suspension_termination");
    }

    [Fact]
    public void A_suspension_after_an_extension_moves_the_extended_date_by_its_length()
    {
        var c = NewCase();
        c.ReceivedOn = D("2025-11-10");
        Accept(c, D("2025-11-11")); // 60 days: 2026-01-10, a Saturday → 2026-01-12
        var ext = CaseDeadlines.Extend(c, Calc, [], D("2026-02-09"), "案情复杂", "李科长", D("2026-01-05"));
        CaseRules.Suspend(c, D("2026-01-06"), SuspensionGround.AwaitingOtherCase);
        Assert.Equal(DeadlineState.Paused, CaseDeadlines.Decision(c, Calc, [ext])!.StateOn(D("2026-02-20")));
        CaseRules.Resume(c, D("2026-01-29")); // 23 days suspended
        var extended = CaseDeadlines.Decision(c, Calc, [ext])!;
        Assert.Equal(D("2026-03-04"), extended.Due); // 02-09 + 23 days
        Assert.Contains(extended.Extended!.Steps, s => s.Contains("延长后又中止23日"));
    }

    [Fact]
    public void The_answer_period_runs_from_the_respondents_receipt_of_the_copy()
    {
        var c = NewCase();
        Accept(c, D("2026-03-02"));
        CaseRules.SendCopy(c, D("2026-03-03"));
        Assert.DoesNotContain(CaseDeadlines.For(c, Calc, []), d => d.Rule.Key == "reconsideration.respondent_answer");
        Assert.Contains("先登记被申请人收到",
            Assert.Throws<DomainException>(() => CaseRules.ReceiveAnswer(c, D("2026-03-10"))).Message);
        CaseRules.RecordCopyReceipt(c, D("2026-03-09"));
        var answer = CaseDeadlines.For(c, Calc, []).Single(d => d.Rule.Key == "reconsideration.respondent_answer");
        Assert.Equal(D("2026-03-09"), answer.Computed.Start);
        Assert.Equal(D("2026-03-23"), answer.Due); // 10 working days from 03-09, not from 03-03 (which gives 03-17)
    }

    [Fact]
    public void When_the_review_period_lapses_the_case_is_accepted_from_its_last_day()
    {
        var c = NewCase(); // received Monday 2026-03-02; review ends 2026-03-09
        var decision = CaseDeadlines.Decision(c, Calc, [])!;
        Assert.Equal(D("2026-03-09"), decision.Computed.Start);
        Assert.Contains("视为受理", decision.Computed.Steps[0]);
        Assert.Equal(D("2026-05-08"), decision.Due);

        Assert.Contains("已视为受理", Assert.Throws<DomainException>(() =>
            CaseRules.RefuseAcceptance(c, D("2026-03-10"), CaseDeadlines.ReviewDue(c, Calc))).Message);
        Accept(c, D("2026-03-16"));
        Assert.Equal(D("2026-03-09"), c.AcceptedOn);
        Assert.True(c.AcceptanceDeemed);
    }

    [Fact]
    public void A_step_cannot_be_dated_in_the_future_nor_recorded_after_the_case_ended()
    {
        var c = NewCase();
        var tomorrow = new CaseStepRequest(CaseStep.Accept, D("2026-03-06"), 0);
        Assert.Contains("不能晚于今天",
            Assert.Throws<DomainException>(() => CaseSteps.Apply(c, tomorrow, D("2026-03-05"), Calc)).Message);
        Accept(c, D("2026-03-03"));
        CaseRules.SendCopy(c, D("2026-03-04"));
        CaseRules.RecordCopyReceipt(c, D("2026-03-05"));
        CaseRules.Conclude(c, D("2026-03-20"), ReconsiderationDecision.Uphold, false);
        Assert.Contains("已审结",
            Assert.Throws<DomainException>(() => CaseRules.ReceiveAnswer(c, D("2026-03-21"))).Message);
    }

    [Fact]
    public void Material_not_supplied_in_time_is_recorded_as_abandoned_only_after_the_period()
    {
        var c = NewCase();
        CaseRules.RequestMaterial(c, D("2026-03-03"));
        var due = CaseDeadlines.SupplyDue(c, Calc); // 10 working days: 2026-03-17
        Assert.Equal(D("2026-03-17"), due);
        Assert.Throws<DomainException>(() => CaseRules.Abandon(c, due, due));
        CaseRules.Abandon(c, due.AddDays(1), due);
        Assert.Equal(ReconsiderationStatus.Abandoned, c.Status);
        Assert.Equal("视为放弃", Labels.Status[c.Status]);
        Assert.False(c.IsOpen);
    }

    [Fact]
    public void A_mediation_can_end_a_case_suspended_for_mediation_but_no_other()
    {
        var mediated = NewCase();
        Accept(mediated, D("2026-03-02"));
        CaseRules.Suspend(mediated, D("2026-03-10"), SuspensionGround.MediationOrSettlement);
        CaseRules.Conclude(mediated, D("2026-03-25"), ReconsiderationDecision.Mediation, false);
        Assert.Equal(ReconsiderationStatus.Concluded, mediated.Status);

        var waiting = NewCase();
        Accept(waiting, D("2026-03-02"));
        CaseRules.Suspend(waiting, D("2026-03-10"), SuspensionGround.AwaitingOtherCase);
        Assert.Throws<DomainException>(() =>
            CaseRules.Conclude(waiting, D("2026-03-25"), ReconsiderationDecision.Mediation, false));
    }

    [Fact]
    public void An_extension_moves_the_due_date_clears_overdue_and_is_capped_at_30_days()
    {
        var c = NewCase();
        Accept(c, D("2026-03-02"));
        var original = CaseDeadlines.Decision(c, Calc, [])!;
        Assert.Equal(DeadlineState.Overdue, original.StateOn(D("2026-05-10")));
        Assert.Contains("不得晚于", Assert.Throws<DomainException>(() =>
            CaseDeadlines.Extend(c, Calc, [], D("2026-06-30"), "案情复杂", "李科长", D("2026-04-20"))).Message);
        Assert.Equal("Reason", Assert.Throws<DomainException>(() =>
            CaseDeadlines.Extend(c, Calc, [], D("2026-06-01"), " ", "李科长", D("2026-04-20"))).Field);
        var ext = CaseDeadlines.Extend(c, Calc, [], D("2026-06-01"), "案情复杂", "李科长", D("2026-04-20"));
        var extended = CaseDeadlines.Decision(c, Calc, [ext])!;
        Assert.Equal(D("2026-05-06"), extended.OriginalDue);
        Assert.Equal(D("2026-06-01"), extended.Due);
        Assert.Equal(DeadlineState.DueSoon, extended.StateOn(D("2026-05-28")));
        Assert.Throws<DomainException>(() =>
            CaseDeadlines.Extend(c, Calc, [ext], D("2026-06-02"), "再延", "李科长", D("2026-05-20")));
    }

    [Fact]
    public void An_application_not_refused_within_five_working_days_counts_as_accepted()
    {
        var c = NewCase();
        Assert.False(CaseDeadlines.DeemedAccepted(c, Calc, D("2026-03-09")));
        Assert.True(CaseDeadlines.DeemedAccepted(c, Calc, D("2026-03-10")));
        var review = CaseDeadlines.For(c, Calc, []).Single(d => d.Rule.Key == "reconsideration.acceptance_review");
        Assert.Equal(DeadlineState.Lapsed, review.StateOn(D("2026-03-10")));
        Assert.Equal("期满视为受理", review.StateText(D("2026-03-10")));
    }

    [Fact]
    public void Steps_out_of_order_are_refused_with_the_current_status()
    {
        var c = NewCase();
        Assert.Contains("待受理审查", Assert.Throws<DomainException>(() => CaseRules.Resume(c, D("2026-03-05"))).Message);
    }
}
