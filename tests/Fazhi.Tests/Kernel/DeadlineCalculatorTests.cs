using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Kernel;

public class DeadlineCalculatorTests
{
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());
    static DateOnly D(string s) => DateOnly.Parse(s);

    [Fact]
    public void Working_day_periods_skip_the_national_day_holiday_and_count_the_make_up_saturday()
    {
        // 2026: 10-01..10-07 off, Saturday 10-10 is a 调休 working day.
        var r = Calc.Compute(DeadlineRules.Get("reconsideration.acceptance_review"), D("2026-09-28"));
        Assert.Equal(D("2026-10-10"), r.Due);
        Assert.False(r.Provisional);
        Assert.Contains(r.Steps, s => s.Contains("国庆节假期，跳过"));
        Assert.Contains(r.Steps, s => s.Contains("调休上班") && s.Contains("第5个工作日"));
    }

    [Fact]
    public void A_calendar_day_period_ending_on_a_holiday_moves_to_the_next_working_day()
    {
        // 60 days from 2026-08-02 is 2026-10-01, inside the National Day holiday; the next working day is 10-08.
        var r = Calc.Compute(DeadlineRules.Get("reconsideration.decision"), D("2026-08-02"));
        Assert.Equal(D("2026-10-08"), r.Due);
        Assert.Contains(r.Steps, s => s.Contains("届满日顺延"));
    }

    [Fact]
    public void A_calendar_day_period_ending_on_a_weekend_moves_to_monday()
    {
        var r = Calc.Compute(DeadlineRules.Get("litigation.defence"), D("2026-03-07")); // +15 = Sunday 03-22
        Assert.Equal(D("2026-03-23"), r.Due);
    }

    [Fact]
    public void A_suspension_stops_the_clock_for_its_length()
    {
        var plain = Calc.Compute(DeadlineRules.Get("reconsideration.decision"), D("2026-03-02"));
        var paused = Calc.Compute(DeadlineRules.Get("reconsideration.decision"), D("2026-03-02"),
            [new Pause(D("2026-03-10"), D("2026-03-30"), "中止")]);
        Assert.Equal(D("2026-05-06"), plain.Due); // 05-01 is a holiday, moved past the May Day break
        Assert.Equal(D("2026-05-21"), paused.Due);
        Assert.Contains(paused.Steps, s => s.Contains("扣除中止期间20日"));
    }

    [Fact]
    public void An_open_suspension_leaves_no_due_date()
    {
        var r = Calc.Compute(DeadlineRules.Get("reconsideration.decision"), D("2026-03-02"),
            [new Pause(D("2026-03-10"), null, "等待另案结果")]);
        Assert.Null(r.Due);
    }

    [Fact]
    public void A_year_without_a_published_notice_is_provisional_and_counts_weekends_only()
    {
        var r = Calc.Compute(DeadlineRules.Get("reconsideration.acceptance_review"), D("2027-01-01"));
        Assert.True(r.Provisional);
        Assert.Equal(D("2027-01-08"), r.Due);
        Assert.Contains(r.Steps, s => s.Contains("暂定"));
    }

    [Fact]
    public void Loading_a_holiday_file_makes_the_year_final()
    {
        var cal = WorkingCalendar.FromEmbeddedData();
        cal.Load("""{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},""" +
                 """{"name":"元旦","date":"2027-01-04","isOffDay":true}]}""");
        var r = new DeadlineCalculator(cal)
            .Compute(DeadlineRules.Get("reconsideration.acceptance_review"), D("2027-01-01"));
        Assert.False(r.Provisional);
        Assert.Equal(D("2027-01-11"), r.Due);
    }

    [Theory]
    [InlineData("not json", "不是有效的JSON")]
    [InlineData("""{"days":[]}""", "year")]
    [InlineData("""{"year":2027,"days":[{"name":"x","date":"2027-13-45","isOffDay":true}]}""", "无法识别")]
    public void A_bad_holiday_file_is_refused_with_a_reason(string json, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => new WorkingCalendar().Load(json)).Message);

    [Fact]
    public void An_unknown_rule_lists_the_known_ones() =>
        Assert.Contains("reconsideration.decision",
            Assert.Throws<KeyNotFoundException>(() => DeadlineRules.Get("nope")).Message);

    [Fact]
    public void A_month_period_subtracts_only_the_pauses_after_its_start()
    {
        var rule = new DeadlineRule("test.month", "测试", 2, PeriodUnit.Month, "测试", "起算日");
        Pause[] before = [new(D("2026-01-05"), D("2026-01-20"), "此前的中止")];
        Assert.Equal(D("2026-05-06"), Calc.Compute(rule, D("2026-03-06"), before).Due); // 05-06, a Wednesday
        Pause[] across = [new(D("2026-03-01"), D("2026-03-11"), "跨越起算日的中止")];
        Assert.Equal(D("2026-05-11"), Calc.Compute(rule, D("2026-03-06"), across).Due); // 5 days after the start
    }
}
