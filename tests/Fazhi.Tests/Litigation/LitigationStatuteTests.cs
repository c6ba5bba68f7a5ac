using Fazhi.Features.Litigation;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Litigation;

/// <summary>The statutory rules of 行政应诉 checked on the rules alone: appeal periods, procedure, appearance,
/// losses on appeal, and cases that have ended.</summary>
public class LitigationStatuteTests
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());

    static LitigationCase Decided(Instance instance, OutcomeForm form, LitigationOutcome outcome,
        bool originalLost = false)
    {
        var c = new LitigationCase
        {
            FiledOn = D("2026-03-02"), Instance = instance, OriginalLost = originalLost,
            Appellant = instance == Instance.Second ? Appellant.Plaintiff : null,
        };
        LitigationRules.Conclude(c, new ConclusionRequest(0, form, outcome, D("2026-05-06"), D("2026-05-08")));
        return c;
    }

    static TrackedDeadline? Appeal(LitigationCase c) =>
        LitigationDeadlines.For(c, Calc, []).SingleOrDefault(d => d.Rule.Key.StartsWith("litigation.appeal_"));

    [Fact]
    public void Only_first_instance_judgments_and_appealable_rulings_open_an_appeal_period()
    {
        Assert.Equal("litigation.appeal_judgment",
            Appeal(Decided(Instance.First, OutcomeForm.Judgment, LitigationOutcome.Annul))!.Rule.Key);
        Assert.Equal("litigation.appeal_ruling",
            Appeal(Decided(Instance.First, OutcomeForm.Ruling, LitigationOutcome.DismissSuit))!.Rule.Key);
        Assert.Null(Appeal(Decided(Instance.First, OutcomeForm.Ruling, LitigationOutcome.Withdrawn)));
        Assert.Null(Appeal(Decided(Instance.First, OutcomeForm.Mediation, LitigationOutcome.Mediated)));
        Assert.Null(Appeal(Decided(Instance.Second, OutcomeForm.Judgment, LitigationOutcome.UpholdOnAppeal)));
        Assert.Null(Appeal(Decided(Instance.Second, OutcomeForm.Ruling, LitigationOutcome.DismissSuit)));
    }

    [Fact]
    public void A_lapsed_appeal_period_is_the_judgment_taking_effect_unless_the_agency_meant_to_appeal()
    {
        var c = Decided(Instance.First, OutcomeForm.Judgment, LitigationOutcome.Annul);
        var after = D("2026-06-30");
        Assert.Equal(DeadlineState.Lapsed, Appeal(c)!.StateOn(after));
        Assert.Equal("上诉期届满，裁判生效", Appeal(c)!.StateText(after));

        LitigationRules.IntendAppeal(c);
        Assert.Equal(DeadlineState.Overdue, Appeal(c)!.StateOn(after));
        LitigationRules.RecordAppeal(c, new AppealRequest(0, Appellant.Agency, D("2026-05-20")));
        Assert.Equal(DeadlineState.MetOnTime, Appeal(c)!.StateOn(after));
        Assert.Throws<DomainException>(() => LitigationRules.RecordAppeal(c, new AppealRequest(0, Appellant.None)));
    }

    [Fact]
    public void A_simplified_first_instance_is_to_be_concluded_within_45_days()
    {
        Assert.Contains("第83条", DeadlineRules.Get("litigation.simplified_first_instance").LegalBasis);
        var c = new LitigationCase { FiledOn = D("2026-03-02"), Procedure = LitigationProcedure.Simplified };
        var trial = LitigationDeadlines.For(c, Calc, []).Single(d => d.Rule.Key.EndsWith("first_instance"));
        Assert.Equal("litigation.simplified_first_instance", trial.Rule.Key);
        Assert.Equal(D("2026-04-16"), trial.Due);
        Assert.NotEqual(DeadlineState.Overdue, trial.StateOn(D("2026-06-01"))); // the court's period, not a duty

        var appeal = new LitigationCase
        {
            CaseNumber = "（2026）晋99行终1号", Plaintiffs = "甲", FiledOn = D("2026-03-02"), Instance = Instance.Second,
            Appellant = Appellant.Plaintiff, Procedure = LitigationProcedure.Simplified,
        };
        Assert.Equal("Procedure", Assert.Throws<DomainException>(() =>
            LitigationRules.ValidateRegistration(appeal, D("2026-03-10"))).Field);
    }

    [Fact]
    public void Who_appeared_is_a_rank_and_a_head_away_needs_an_excuse_of_article_8_and_proof_under_article_9()
    {
        var c = new LitigationCase { FiledOn = D("2026-03-02") };
        HearingRequest Hearing(AppearanceRank rank, AbsenceReason? reason, string? proof) =>
            new(0, D("2026-04-01"), rank, "王某", "职务", reason, proof);
        var deputy = LitigationRules.AddHearing(c, Hearing(AppearanceRank.Deputy, null, null));
        Assert.True(deputy.ResponsiblePersonAppeared);
        Assert.Equal("AbsenceReason", Assert.Throws<DomainException>(() =>
            LitigationRules.AddHearing(c, Hearing(AppearanceRank.Staff, null, "说明"))).Field);
        var noProof = Assert.Throws<DomainException>(() =>
            LitigationRules.AddHearing(c, Hearing(AppearanceRank.Staff, AbsenceReason.ForceMajeure, null)));
        Assert.Contains("2020年规定第9条", noProof.Message);

        var staff = LitigationRules.AddHearing(c, Hearing(AppearanceRank.Staff, AbsenceReason.Accident, "情况说明"));
        Assert.False(staff.ResponsiblePersonAppeared);
        Assert.False(LitigationRules.CallsForJudicialSuggestion(staff));
        var lawyer = LitigationRules.AddHearing(c,
            Hearing(AppearanceRank.LawyerOnly, AbsenceReason.NoValidReason, null));
        Assert.False(lawyer.ResponsiblePersonAppeared);
        Assert.True(LitigationRules.CallsForJudicialSuggestion(lawyer)); // 2020 规定 第12条第1款第3项
        Assert.Contains("法院应当提出司法建议", LitigationSteps.Heard(lawyer).Text);
    }

    [Fact]
    public void On_appeal_a_remand_is_no_loss_and_upholding_an_adverse_judgment_is()
    {
        Assert.True(Decided(Instance.Second, OutcomeForm.Judgment, LitigationOutcome.UpholdOnAppeal, true).AgencyLost);
        Assert.False(Decided(Instance.Second, OutcomeForm.Judgment, LitigationOutcome.UpholdOnAppeal).AgencyLost);
        Assert.True(Decided(Instance.Second, OutcomeForm.Judgment, LitigationOutcome.ReverseAgainstAgency).AgencyLost);
        Assert.False(
            Decided(Instance.Second, OutcomeForm.Judgment, LitigationOutcome.ReverseForAgency, true).AgencyLost);
        Assert.False(Decided(Instance.Second, OutcomeForm.Ruling, LitigationOutcome.Remand, true).AgencyLost);
        Assert.Throws<DomainException>(() =>
            Decided(Instance.Second, OutcomeForm.Judgment, LitigationOutcome.Remand)); // 发回重审 is a ruling
        Assert.Throws<DomainException>(() =>
            Decided(Instance.First, OutcomeForm.Judgment, LitigationOutcome.UpholdOnAppeal));
        Assert.Throws<DomainException>(() => Decided(Instance.Second, OutcomeForm.Judgment, LitigationOutcome.Annul));
    }

    [Fact]
    public void Nothing_is_recorded_on_a_case_after_it_has_ended()
    {
        var c = Decided(Instance.First, OutcomeForm.Judgment, LitigationOutcome.DismissClaims);
        var hearing = new HearingRequest(0, D("2026-04-20"), AppearanceRank.Principal, "李某", "局长");
        Assert.Contains("已于2026-05-06结案", Assert.Throws<DomainException>(() =>
            LitigationRules.AddHearing(c, hearing)).Message);
        Assert.Throws<DomainException>(() => LitigationRules.RecordService(c, D("2026-03-05")));
        Assert.Throws<DomainException>(() => LitigationRules.SubmitDefence(c, D("2026-03-05")));
        Assert.Empty(c.Hearings);
    }
}
