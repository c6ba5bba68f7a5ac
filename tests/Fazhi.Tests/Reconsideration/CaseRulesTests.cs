using Fazhi.Features.Reconsideration;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Reconsideration;

public class CaseRulesTests
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());

    static ReconsiderationCase NewCase() => new()
    {
        CaseNumber = "清政复〔2026〕1号", Applicants = "张三", UnitId = 1, RespondentUnitId = 2, ContestedAct = "罚款决定",
        Category = ActCategory.Penalty, ReceivedOn = D("2026-03-02"),
    };

    [Fact]
    public void A_decision_dated_before_acceptance_is_refused()
    {
        var c = NewCase();
        CaseRules.Accept(c, D("2026-03-05"));
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
        CaseRules.Accept(c, D("2026-03-02"));
        CaseRules.Suspend(c, D("2026-03-10"), SuspensionGround.AwaitingOtherCase);
        Assert.Equal(DeadlineState.Paused, CaseDeadlines.Decision(c, Calc, [])!.StateOn(D("2026-06-01")));
        Assert.Throws<DomainException>(() =>
            CaseRules.Conclude(c, D("2026-03-20"), ReconsiderationDecision.Uphold, false));
        CaseRules.Resume(c, D("2026-03-30"));
        Assert.Equal(D("2026-05-21"), CaseDeadlines.Decision(c, Calc, [])!.Due);
    }

    [Fact]
    public void Suspension_for_a_missing_applicant_shows_the_60_day_termination_deadline()
    {
        var c = NewCase();
        CaseRules.Accept(c, D("2026-03-02"));
        CaseRules.Suspend(c, D("2026-03-10"), SuspensionGround.ApplicantMissing);
        var termination = CaseDeadlines.For(c, Calc, [])
            .Single(d => d.Rule.Key == "reconsideration.suspension_termination");
        Assert.Equal(D("2026-05-09"), termination.Due); // a Saturday, but a 调休 working day in 2026, so it stays
        Assert.Contains("第41条", termination.Rule.LegalBasis);
    }

    [Fact]
    public void An_extension_moves_the_due_date_clears_overdue_and_is_capped_at_30_days()
    {
        var c = NewCase();
        CaseRules.Accept(c, D("2026-03-02"));
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
