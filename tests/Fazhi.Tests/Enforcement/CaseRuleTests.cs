using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Units;

namespace Fazhi.Tests.Enforcement;

/// <summary>The 行政处罚法 as a case meets it: two certified officers (第42条), recusal (第43条), notice before a
/// penalty (第44、62条), the hearing's periods (第64条), 法制审核 before a decision in the cases of 第58条, and
/// the 裁量基准 a fine is checked against (第34条).</summary>
public class CaseRuleTests
{
    static readonly DateOnly Filed = new(2026, 3, 2);
    static readonly DateOnly Today = new(2026, 11, 26);
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());
    static readonly EnforcementPower Power = new() { Id = 7, UnitId = 1, Name = "对超标排放的处罚", Kind = PowerKind.Penalty };

    static EnforcementOfficer Officer(int id, string validUntil = "2028-12-31", int unit = 1,
        OfficerStatus status = OfficerStatus.Active) => new()
    {
        Id = id, UnitId = unit, Name = $"执法员{id}", CertificateNumber = $"C{id}",
        CertificateValidUntil = DateOnly.Parse(validUntil), Status = status,
    };

    static EnforcementCase NewCase(string? partyCode = null, PartyKind kind = PartyKind.Organisation) => new()
    {
        Number = "清环罚〔2026〕1号", PowerId = Power.Id, PartyKind = kind, PartyName = "清河县某化工有限公司",
        PartyCode = partyCode ?? NationalCodes.WithCreditCheck("91149901MA0000001"), Facts = "超标排放", FiledOn = Filed,
    };

    static EnforcementCase Registered(params EnforcementOfficer[] team)
    {
        var c = NewCase();
        team = team.Length == 0 ? [Officer(1), Officer(2)] : team;
        CaseRules.Register(c, Power, team, Today);
        for (var i = 0; i < c.Handlers.Count; i++) c.Handlers[i].Id = i + 1;
        return c;
    }

    static List<EnforcementOfficer> Active(EnforcementCase c) => CaseRules.Active(c).Select(h => h.Officer!).ToList();

    static string? Decide(EnforcementCase c, DecisionRequest r, IReadOnlyList<PowerStandard>? standards = null,
        DateOnly? hearingEnds = null) => CaseRules.Decide(c, r, standards ?? [], hearingEnds, Active(c));

    static DecisionRequest Fine(string on, decimal amount, int? standard = null) =>
        new(0, DateOnly.Parse(on), CaseOutcome.Penalised, [PenaltySort.Fine], amount, standard);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("www.example.gov.cn/gk")]
    public void A_publication_address_is_a_web_address_or_refused(string url)
    {
        var e = Assert.Throws<DomainException>(() => CaseRules.PublicationUrl(url));
        Assert.Contains("公开网址应为完整网址", e.Message);
        Assert.Equal("https://www.example.gov.cn/gk/1.html",
            CaseRules.PublicationUrl(" https://www.example.gov.cn/gk/1.html "));
    }

    [Fact]
    public void A_case_needs_two_officers_of_the_agency_each_certified_on_the_day_it_is_filed()
    {
        string Refusal(params EnforcementOfficer[] team) =>
            Assert.Throws<DomainException>(() => CaseRules.Register(NewCase(), Power, team, Today)).Message;
        Assert.Contains("不得少于两人", Refusal(Officer(1)));
        Assert.Contains("不是本单位", Refusal(Officer(1), Officer(2, unit: 9)));
        // Valid until the day before filing: expired on the day.
        Assert.Contains("没有有效的执法证", Refusal(Officer(1), Officer(2, "2026-03-01")));
        Assert.Contains("暂停执法", Refusal(Officer(1), Officer(2, status: OfficerStatus.Suspended)));
        CaseRules.Register(NewCase(), Power, [Officer(1), Officer(2, "2026-03-02")], Today);
    }

    [Fact]
    public void An_organisation_is_named_by_a_credit_code_with_a_right_check_character_and_a_levy_is_no_case()
    {
        var code = NationalCodes.WithCreditCheck("91149901MA0000001");
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');
        var e = Assert.Throws<DomainException>(() =>
            CaseRules.Register(NewCase(wrong), Power, [Officer(1), Officer(2)], Today));
        Assert.Equal("PartyCode", e.Field);
        Assert.Contains("校验位错误", e.Message);
        var levy = new EnforcementPower { Id = 8, UnitId = 1, Name = "排污费征收", Kind = PowerKind.Levy };
        Assert.Contains("不按执法案件办理", Assert.Throws<DomainException>(() =>
            CaseRules.Register(NewCase(), levy, [Officer(1), Officer(2)], Today)).Message);
    }

    [Fact]
    public void No_penalty_is_decided_before_the_party_is_told_nor_while_it_may_still_ask_for_a_hearing()
    {
        var c = Registered();
        Assert.Contains("第44、62条", Assert.Throws<DomainException>(() => Decide(c, Fine("2026-03-20", 3000))).Message);
        CaseRules.Notify(c, new DateOnly(2026, 3, 10), hearing: true);
        // 第64条: five working days from Tuesday 03-10 end on 03-17; a decision that day is refused.
        var ends = Calc.Compute(CaseDeadlines.HearingRule, c.NotifiedOn!.Value).Due;
        Assert.Equal(new DateOnly(2026, 3, 17), ends);
        Assert.Contains("要求听证", Assert.Throws<DomainException>(() =>
            Decide(c, Fine("2026-03-17", 3000), hearingEnds: ends)).Message);
        Assert.Null(Decide(c, Fine("2026-03-18", 3000), hearingEnds: ends));
        Assert.Equal(CaseStatus.Decided, c.Status);
    }

    [Fact]
    public void A_hearing_is_set_seven_days_ahead_and_once_held_puts_the_decision_behind_legal_review()
    {
        var c = Registered();
        CaseRules.Notify(c, new DateOnly(2026, 3, 10), hearing: true);
        CaseRules.RequestHearing(c, new DateOnly(2026, 3, 12));
        Assert.Contains("当事人要求听证的", Assert.Throws<DomainException>(() =>
            Decide(c, Fine("2026-03-30", 3000))).Message);
        Assert.Contains("第64条第2项", Assert.Throws<DomainException>(() =>
            CaseRules.HoldHearing(c, new DateOnly(2026, 3, 18))).Message);
        CaseRules.HoldHearing(c, new DateOnly(2026, 3, 19));
        Assert.True(CaseRules.ReviewRequired(c));
        Assert.Contains("未经法制审核不得作出决定", Assert.Throws<DomainException>(() =>
            Decide(c, Fine("2026-03-30", 3000))).Message);
    }

    [Fact]
    public void A_failed_legal_review_blocks_the_decision_until_a_later_review_passes()
    {
        var c = Registered();
        c.ReviewGround = ReviewGround.PublicInterest;
        CaseRules.Notify(c, new DateOnly(2026, 3, 10), hearing: false);
        Assert.Contains("意见", Assert.Throws<DomainException>(() =>
            CaseRules.LegalReview(c, new DateOnly(2026, 3, 20), "王审核", passed: false, opinion: null)).Message);
        CaseRules.LegalReview(c, new DateOnly(2026, 3, 20), "王审核", passed: false, "证据不足，补充调查");
        Assert.Contains("审核未通过", Assert.Throws<DomainException>(() =>
            Decide(c, Fine("2026-03-25", 3000))).Message);
        CaseRules.LegalReview(c, new DateOnly(2026, 3, 27), "王审核", passed: true, null);
        Assert.Contains("法制审核日期", Assert.Throws<DomainException>(() =>
            Decide(c, Fine("2026-03-26", 3000))).Message);
        Assert.Null(Decide(c, Fine("2026-03-27", 3000)));
    }

    [Fact]
    public void A_fine_outside_its_band_is_kept_with_a_warning_and_a_power_with_bands_wants_one_named()
    {
        PowerStandard Band(int id, decimal min, decimal max) => new()
            { Id = id, PowerId = Power.Id, Kind = StandardKind.Band, Circumstance = $"情节{id}", MinAmount = min,
              MaxAmount = max };
        PowerStandard[] bands = [Band(1, 1000, 5000), Band(2, 5000, 20000)];
        EnforcementCase Notified()
        {
            var c = Registered();
            CaseRules.Notify(c, new DateOnly(2026, 3, 10), hearing: false);
            return c;
        }
        Assert.Contains("请选择适用的情节", Assert.Throws<DomainException>(() =>
            Decide(Notified(), Fine("2026-03-20", 3000), bands)).Message);
        var inside = Notified();
        Assert.Null(Decide(inside, Fine("2026-03-20", 5000, standard: 1), bands));
        Assert.False(inside.OutsideBand);
        var above = Notified();
        var warning = Decide(above, Fine("2026-03-20", 5000.01m, standard: 1), bands);
        Assert.True(above.OutsideBand);
        Assert.Contains("1000–5000元", warning);
        Assert.Equal(warning, CaseRules.BandWarning(above));
        Assert.Contains("请填写罚款金额", Assert.Throws<DomainException>(() =>
            Decide(Notified(), new DecisionRequest(0, new DateOnly(2026, 3, 20), CaseOutcome.Penalised,
                [PenaltySort.Warning, PenaltySort.Fine]), bands)).Message);
    }

    [Fact]
    public void A_recusal_that_leaves_one_officer_needs_a_certified_replacement()
    {
        var c = Registered();
        var on = new DateOnly(2026, 3, 5);
        Assert.Contains("不足两人", Assert.Throws<DomainException>(() => CaseRules.Recuse(c, 1,
            RecusalApplicant.Party, "与当事人有亲属关系", "李局长", on, null)).Message);
        Assert.Contains("没有有效的执法证", Assert.Throws<DomainException>(() => CaseRules.Recuse(c, 1,
            RecusalApplicant.Party, "与当事人有亲属关系", "李局长", on, Officer(3, "2026-03-04"))).Message);
        CaseRules.Recuse(c, 1, RecusalApplicant.Party, "与当事人有亲属关系", "李局长", on, Officer(3));
        Assert.Equal([2, 3], CaseRules.Active(c).Select(h => h.OfficerId).Order());
        Assert.Contains("第43条第3款", Assert.Throws<DomainException>(() => CaseRules.Recuse(c, 2,
            RecusalApplicant.Officer, "本人申请", " ", on, Officer(4))).Message);
    }

    [Fact]
    public void The_case_shows_its_periods_each_from_the_catalogue_and_a_decision_on_the_spot_has_no_service_period()
    {
        var c = Registered();
        CaseRules.Notify(c, new DateOnly(2026, 3, 10), hearing: false);
        Decide(c, Fine("2026-09-30", 3000));
        c.PublicityDue = Calc.Compute(CaseDeadlines.PublicityRule(c.Kind), c.DecidedOn!.Value).Due;
        var keys = CaseDeadlines.For(c, Calc, []).ToDictionary(d => d.Rule.Key);
        // 第60条: 90 days from 03-02 end on Sunday 05-31, moved to Monday; decided late.
        Assert.Equal(new DateOnly(2026, 6, 1), keys["enforcement.penalty_decision"].Due);
        Assert.Equal(DeadlineState.MetLate, keys["enforcement.penalty_decision"].StateOn(Today));
        Assert.Equal(new DateOnly(2026, 10, 15), keys["enforcement.penalty_delivery"].Due);
        Assert.Equal(new DateOnly(2026, 10, 15), keys["enforcement.publicity_penalty"].Due);
        CaseRules.Deliver(c, c.DecidedOn!.Value, onSpot: true);
        keys = CaseDeadlines.For(c, Calc, []).ToDictionary(d => d.Rule.Key);
        Assert.DoesNotContain("enforcement.penalty_delivery", keys.Keys);
        Assert.Equal(new DateOnly(2026, 10, 15), keys["enforcement.fine_payment"].Due);
    }
}
