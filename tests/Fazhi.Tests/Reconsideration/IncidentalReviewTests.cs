using Fazhi.Features.Reconsideration;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Reconsideration;

/// <summary>附带审查 (第56–59条): handled within 30 days, or forwarded within 7 working days.</summary>
public class IncidentalReviewTests
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());

    static ReconsiderationCase Accepted() => new()
    {
        CaseNumber = "清政复〔2026〕1号", Applicants = "张三", UnitId = 1, RespondentUnitId = 2, ContestedAct = "罚款决定",
        Category = ActCategory.Penalty, ReceivedOn = D("2026-03-02"), AcceptedOn = D("2026-03-03"),
        Status = ReconsiderationStatus.Accepted,
    };

    static TrackedDeadline? Period(ReconsiderationCase c, string key) =>
        CaseDeadlines.For(c, Calc, []).SingleOrDefault(d => d.Rule.Key == key);

    [Fact]
    public void A_review_raised_runs_both_periods_until_the_organ_says_which_applies()
    {
        var c = Accepted();
        Assert.Equal("Document", Assert.Throws<DomainException>(() =>
            IncidentalReview.Raise(c, D("2026-03-10"), " ")).Field);
        IncidentalReview.Raise(c, D("2026-03-10"), "清河县人民政府关于规范建筑垃圾处置的通知（清政发〔2025〕3号）");
        Assert.Equal(D("2026-04-09"), Period(c, "reconsideration.incidental_handling")!.Due);   // 30 days
        Assert.Equal(D("2026-03-19"), Period(c, "reconsideration.incidental_forwarding")!.Due); // 7 working days
        Assert.Contains(CaseStep.ConcludeIncidentalReview, CaseSteps.Available(c));

        IncidentalReview.Conclude(c, D("2026-03-18"), IncidentalOutcome.Forwarded);
        Assert.Null(Period(c, "reconsideration.incidental_handling"));
        Assert.Equal(DeadlineState.MetOnTime,
            Period(c, "reconsideration.incidental_forwarding")!.StateOn(D("2026-03-20")));
        Assert.Throws<DomainException>(() => IncidentalReview.Conclude(c, D("2026-03-19"), IncidentalOutcome.Lawful));
    }

    [Fact]
    public void A_review_the_organ_may_handle_is_due_in_30_days_and_needs_an_outcome()
    {
        var c = Accepted();
        IncidentalReview.Raise(c, D("2026-03-10"), "某规范性文件");
        Assert.Equal("IncidentalOutcome", Assert.Throws<DomainException>(() =>
            IncidentalReview.Conclude(c, D("2026-04-15"), null)).Field);
        IncidentalReview.Conclude(c, D("2026-04-15"), IncidentalOutcome.Stopped);
        Assert.Null(Period(c, "reconsideration.incidental_forwarding"));
        Assert.Equal(DeadlineState.MetLate, Period(c, "reconsideration.incidental_handling")!.StateOn(D("2026-04-20")));
    }

    [Fact]
    public void The_maker_is_told_within_3_working_days_of_the_suspension_and_answers_within_10()
    {
        var c = Accepted();
        IncidentalReview.Raise(c, D("2026-03-10"), "某规范性文件");
        CaseRules.Suspend(c, D("2026-03-11"), SuspensionGround.NormativeDocumentReview);
        Assert.Equal(D("2026-03-16"), Period(c, "reconsideration.incidental_maker_notice")!.Due); // Wed + 3 WD
        Assert.Equal([CaseStep.NotifyMaker, CaseStep.ConcludeIncidentalReview],
            CaseSteps.Available(c).Where(s => s is CaseStep.NotifyMaker or CaseStep.ConcludeIncidentalReview));
        IncidentalReview.NotifyMaker(c, D("2026-03-13"));
        Assert.Equal(D("2026-03-27"), Period(c, "reconsideration.incidental_maker_answer")!.Due); // 10 WD
        Assert.Contains(CaseStep.RecordMakerAnswer, CaseSteps.Available(c));
        IncidentalReview.RecordMakerAnswer(c, D("2026-03-25"));
        Assert.Equal(DeadlineState.MetOnTime,
            Period(c, "reconsideration.incidental_maker_answer")!.StateOn(D("2026-04-01")));
    }

    [Fact]
    public void The_organ_a_review_is_forwarded_to_replies_within_60_days()
    {
        var c = Accepted();
        IncidentalReview.Raise(c, D("2026-03-10"), "某规范性文件");
        Assert.Throws<DomainException>(() => IncidentalReview.RecordForwardReply(c, D("2026-03-20")));
        IncidentalReview.Conclude(c, D("2026-03-12"), IncidentalOutcome.Forwarded);
        Assert.Equal(D("2026-05-11"), Period(c, "reconsideration.incidental_forward_reply")!.Due); // 60 days → Mon
        Assert.Contains(CaseStep.RecordForwardReply, CaseSteps.Available(c));
        IncidentalReview.RecordForwardReply(c, D("2026-05-06"));
        Assert.DoesNotContain(CaseStep.RecordForwardReply, CaseSteps.Available(c));
    }
}
