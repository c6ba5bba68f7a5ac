using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Enforcement;

/// <summary>The periods of 行政处罚 and 行政许可 as each statute counts them, on the 2026 official calendar:
/// 行政处罚法 第85条 makes its 三日/五日/七日 working days and leaves 90日 and 15日 calendar days; 行政许可法 第82条
/// makes all its periods working days; the 118号 publication periods are working days by their own words.</summary>
public class EnforcementDeadlineTests
{
    static readonly DeadlineCalculator Calc = new(WorkingCalendar.FromEmbeddedData());

    static DateOnly? Due(string key, string start) => Calc.Compute(DeadlineRules.Get(key), DateOnly.Parse(start)).Due;

    [Theory]
    // 第61条: 7 working days from 2026-09-30 run over 国庆 and the make-up Saturday 10-10, not to 10-08.
    [InlineData("enforcement.penalty_delivery", "2026-09-30", "2026-10-15")]
    // 第64条: 5 working days from Friday 2026-02-13 count the make-up Saturday 02-14, then skip 春节.
    [InlineData("enforcement.hearing_request", "2026-02-13", "2026-02-27")]
    // 第48条第2款: 3 working days from 2026-04-30 skip 劳动节.
    [InlineData("enforcement.publicity_withdrawal", "2026-04-30", "2026-05-08")]
    // 第60条: 90 calendar days from 2026-03-02 end on Sunday 05-31 and move to Monday.
    [InlineData("enforcement.penalty_decision", "2026-03-02", "2026-06-01")]
    // 第67条: 15 calendar days from 2026-09-20 end on 10-05, inside 国庆, and move to 10-08.
    [InlineData("enforcement.fine_payment", "2026-09-20", "2026-10-08")]
    // 118号: 7 working days for a penalty, 20 for other decisions, over 中秋 and 国庆.
    [InlineData("enforcement.publicity_penalty", "2026-09-24", "2026-10-12")]
    [InlineData("enforcement.publicity_other", "2026-09-24", "2026-10-29")]
    // 行政许可法 第42条 and 第82条: 20 working days over 春节 and its two make-up Saturdays.
    [InlineData("licensing.decision", "2026-02-10", "2026-03-16")]
    // 第32条: 5 working days over 端午.
    [InlineData("licensing.correction_notice", "2026-06-17", "2026-06-25")]
    public void Each_period_counts_as_its_statute_says(string key, string start, string due) =>
        Assert.Equal(DateOnly.Parse(due), Due(key, start));

    [Fact]
    public void Each_rule_cites_its_article_and_the_article_that_says_how_days_count()
    {
        Assert.Contains("第85条", DeadlineRules.Get("enforcement.penalty_delivery").LegalBasis);
        Assert.Contains("第60条", DeadlineRules.Get("enforcement.penalty_decision").LegalBasis);
        Assert.Equal(PeriodUnit.CalendarDay, DeadlineRules.Get("enforcement.penalty_decision").Unit);
        Assert.Contains("第82条", DeadlineRules.Get("licensing.decision").LegalBasis);
        Assert.Contains("118号", DeadlineRules.Get("enforcement.publicity_other").LegalBasis);
    }

    [Fact]
    public void A_correction_notice_not_given_in_time_means_the_application_is_accepted() =>
        Assert.Contains("即为受理", DeadlineRules.Get("licensing.correction_notice").LapseEffect);
}
