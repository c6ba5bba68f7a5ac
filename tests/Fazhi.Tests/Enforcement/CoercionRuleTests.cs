using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Enforcement;

/// <summary>The 行政强制法 on a 查封、扣押 or 冻结: a 处理决定 within 30 days counted by the day (第25、32条;
/// 第69条 makes only periods of ten days or less working days), one extension of at most 30 days approved while
/// the period runs, and no closing the case before the 处理决定.</summary>
public class CoercionRuleTests
{
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());
    static readonly DateOnly Seized = new(2026, 3, 2);

    static EnforcementCase Taken(CoercionMeasure measure) => new()
    {
        Id = 5, Kind = PowerKind.Coercion, Number = "清公强〔2026〕5号", FiledOn = Seized, DecidedOn = Seized,
        Outcome = CaseOutcome.CoercionTaken, Measure = measure,
    };

    static DeadlineExtension Extend(EnforcementCase c, string newDue, string today = "2026-03-20",
        IReadOnlyList<DeadlineExtension>? existing = null, string reason = "需检验检测", string approver = "王局长") =>
        CoercionRules.Extend(c, Calc, existing ?? [], DateOnly.Parse(newDue), reason, approver, DateOnly.Parse(today));

    static string Refusal(Action act) => Assert.Throws<DomainException>(act).Message;

    [Theory]
    [InlineData(CoercionMeasure.Seizure, "enforcement.seizure_period")]
    [InlineData(CoercionMeasure.Sealing, "enforcement.seizure_period")]
    [InlineData(CoercionMeasure.Freeze, "enforcement.freeze_period")]
    public void Thirty_days_are_counted_by_the_day_not_by_working_days(CoercionMeasure measure, string key)
    {
        var rule = CoercionRules.PeriodRule(measure)!;
        Assert.Equal(key, rule.Key);
        Assert.Equal(PeriodUnit.CalendarDay, rule.Unit);
        Assert.Contains("第69条", rule.LegalBasis);
        // 2026-03-02 + 30 days is Wednesday 1 April; thirty working days would run into mid-April.
        Assert.Equal(new DateOnly(2026, 4, 1), Calc.Compute(rule, Seized).Due);
        Assert.Equal(rule, DeadlineRules.Get(key)); // in the catalogue the CLI and the 期限计算器 read
        Assert.Null(CoercionRules.PeriodRule(CoercionMeasure.RestrictLiberty));
    }

    [Fact]
    public void A_measure_taken_names_its_kind_and_a_measure_not_taken_names_none()
    {
        var c = new EnforcementCase { Kind = PowerKind.Coercion };
        Assert.Contains("请选择采取的行政强制措施种类",
            Refusal(() => CoercionRules.ApplyMeasure(c, CaseOutcome.CoercionTaken, null)));
        Assert.Contains("未采取行政强制措施的，不选择措施种类",
            Refusal(() => CoercionRules.ApplyMeasure(c, CaseOutcome.CoercionNotTaken, CoercionMeasure.Seizure)));
        CoercionRules.ApplyMeasure(c, CaseOutcome.CoercionTaken, CoercionMeasure.Freeze);
        Assert.Equal(CoercionMeasure.Freeze, c.Measure);
    }

    [Fact]
    public void One_extension_of_at_most_thirty_days_approved_while_the_period_runs()
    {
        var c = Taken(CoercionMeasure.Seizure);
        Assert.Contains("不得晚于2026-05-01", Refusal(() => Extend(c, "2026-05-02")));
        Assert.Contains("须晚于原期限（2026-04-01）", Refusal(() => Extend(c, "2026-04-01")));
        Assert.Contains("请填写延长理由", Refusal(() => Extend(c, "2026-04-20", reason: " ")));
        Assert.Contains("请填写批准人", Refusal(() => Extend(c, "2026-04-20", approver: "")));
        Assert.Contains("已于2026-04-01届满", Refusal(() => Extend(c, "2026-04-20", today: "2026-04-02")));

        var extension = Extend(c, "2026-05-01", today: "2026-04-01");
        Assert.Equal(("enforcement.seizure_period", EnforcementCase.OwnerType, 5),
            (extension.RuleKey, extension.OwnerType, extension.OwnerId));
        Assert.Contains("延长过一次", Refusal(() => Extend(c, "2026-04-20", existing: [extension])));
        Assert.Contains("只有已采取查封、扣押或者冻结措施",
            Refusal(() => Extend(Taken(CoercionMeasure.RestrictLiberty), "2026-04-20")));
    }

    [Fact]
    public void The_disposal_ends_the_period_and_the_case_closes_only_after_it()
    {
        var c = Taken(CoercionMeasure.Sealing);
        c.DeliveredOn = Seized;
        Assert.True(CoercionRules.AwaitsDisposal(c));
        Assert.Contains("尚未作出处理决定，不能结案", Refusal(() => CaseRules.Close(c, Seized.AddDays(5))));
        Assert.Contains("不能早于采取强制措施的日期",
            Refusal(() => CoercionRules.Dispose(c, Seized.AddDays(-1), Disposal.Released)));
        CoercionRules.Dispose(c, Seized.AddDays(20), Disposal.Confiscated);
        Assert.False(CoercionRules.AwaitsDisposal(c));
        Assert.Contains("已于2026-03-22作出处理决定",
            Refusal(() => CoercionRules.Dispose(c, Seized.AddDays(21), Disposal.Released)));
        var deadlines = CaseDeadlines.For(c, Calc, []);
        var period = Assert.Single(deadlines, d => d.Rule.Key == "enforcement.seizure_period");
        Assert.Equal(Seized.AddDays(20), period.DoneOn);
        CaseRules.Close(c, Seized.AddDays(25));
        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    static void Test(EnforcementCase c, string from, string to, string notified = "2026-03-05",
        TestingKind kind = TestingKind.Testing, DeadlineExtension? extension = null, string today = "2026-03-20") =>
        CoercionRules.RecordTesting(c, Calc, extension, kind, DateOnly.Parse(from), DateOnly.Parse(to),
            DateOnly.Parse(notified), DateOnly.Parse(today));

    static TrackedDeadline Period(EnforcementCase c, params DeadlineExtension[] extensions) =>
        CaseDeadlines.For(c, Calc, extensions).Single(d => d.Rule.Key == "enforcement.seizure_period");

    [Fact]
    public void A_testing_period_is_not_counted_in_the_seizure_its_first_and_last_day_included()
    {
        var c = Taken(CoercionMeasure.Seizure);
        // 第25条第3款: ten days of 检测 (5–14 March) move the end from 1 April to 11 April, a Saturday, so it ends on
        // the next working day.
        Test(c, "2026-03-05", "2026-03-14");
        var period = Period(c);
        Assert.Equal(new DateOnly(2026, 4, 13), period.Due);
        Assert.Contains(period.Steps, s => s.Contains("扣除中止期间10日（检测期间，行政强制法第25条第3款）"));
        Assert.Contains("已登记自2026-03-05起的检测期间", Refusal(() => Test(c, "2026-03-20", "2026-03-21")));
        // An extension is reckoned from the end that the testing period moved: at most 30 days past 13 April.
        Assert.Contains("不得晚于2026-05-13", Refusal(() => Extend(c, "2026-05-14")));
        Assert.Equal(new DateOnly(2026, 5, 13), Period(c, Extend(c, "2026-05-13")).Due);
    }

    [Fact]
    public void A_testing_period_after_an_extension_moves_the_extended_end()
    {
        var c = Taken(CoercionMeasure.Sealing);
        var extension = Extend(c, "2026-04-20");
        Test(c, "2026-04-06", "2026-04-10", notified: "2026-04-06", extension: extension, today: "2026-04-06");
        Assert.Equal(new DateOnly(2026, 4, 27), Period(c, extension).Due); // 20 April + 5 days, moved off Saturday
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-05", "2026-03-05", "不能早于采取查封、扣押的日期")]
    [InlineData("2026-04-02", "2026-04-05", "2026-03-05", "已于2026-04-01届满")]
    [InlineData("2026-03-10", "2026-03-09", "2026-03-05", "结束日期不能早于开始日期")]
    [InlineData("2026-03-05", "2026-03-09", "2026-03-21", "书面告知日期应在2026-03-02至今天之间")]
    public void A_testing_period_outside_the_seizure_or_not_notified_is_refused(string from, string to,
        string notified, string message)
    {
        var c = Taken(CoercionMeasure.Seizure);
        Assert.Contains(message, Refusal(() => Test(c, from, to, notified, today: "2026-03-20")));
        Assert.Null(c.TestingFrom);
    }

    [Fact]
    public void A_freeze_or_a_decided_disposal_takes_no_testing_period()
    {
        Assert.Contains("只适用于查封、扣押",
            Refusal(() => Test(Taken(CoercionMeasure.Freeze), "2026-03-05", "2026-03-09")));
        var disposed = Taken(CoercionMeasure.Seizure);
        CoercionRules.Dispose(disposed, new DateOnly(2026, 3, 4), Disposal.Released);
        Assert.Contains("已于2026-03-04作出处理决定", Refusal(() => Test(disposed, "2026-03-05", "2026-03-09")));
    }
}
