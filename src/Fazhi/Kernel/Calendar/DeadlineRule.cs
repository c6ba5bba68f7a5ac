namespace Fazhi.Kernel.Calendar;

public enum PeriodUnit { CalendarDay = 1, WorkingDay = 2, Month = 3 }

/// <summary>A statutory period: length, how it is counted, and the article that sets it.</summary>
/// <param name="LapseEffect">What the law makes of the period running out with nothing done (e.g. 视为受理), where that is not a breach.</param>
public sealed record DeadlineRule(string Key, string Label, int Length, PeriodUnit Unit, string LegalBasis, string StartsFrom, string? LapseEffect = null)
{
    public string LengthText => Unit switch
    {
        PeriodUnit.WorkingDay => $"{Length}个工作日",
        PeriodUnit.Month => $"{Length}个月",
        _ => $"{Length}日",
    };
}

/// <summary>The one catalogue of statutory periods Fazhi computes. Periods the 行政复议法 writes as 3/5/7/10日 are working days (第88条);
/// the rest count calendar days, a last day falling on a holiday moving to the next working day (民事诉讼法 period rules).</summary>
public static class DeadlineRules
{
    const string Fy = "《行政复议法》（2023年修订）";
    const string Ss = "《行政诉讼法》（2017年修正）";

    public static readonly DeadlineRule[] All =
    [
        new("reconsideration.acceptance_review", "受理审查", 5, PeriodUnit.WorkingDay, $"{Fy}第30条、第88条", "收到复议申请之日", "期满视为受理"),
        new("reconsideration.material_notice", "一次性补正通知", 5, PeriodUnit.WorkingDay, $"{Fy}第31条、第88条", "收到复议申请之日"),
        new("reconsideration.material_supply", "申请人补正材料", 10, PeriodUnit.WorkingDay, $"{Fy}第31条、第88条", "收到补正通知之日"),
        new("reconsideration.copy_to_respondent", "发送申请书副本（普通程序）", 7, PeriodUnit.WorkingDay, $"{Fy}第48条、第88条", "受理之日"),
        new("reconsideration.respondent_answer", "被申请人答复（普通程序）", 10, PeriodUnit.WorkingDay, $"{Fy}第48条、第88条", "收到申请书副本之日"),
        new("reconsideration.copy_to_respondent_simplified", "发送申请书副本（简易程序）", 3, PeriodUnit.WorkingDay, $"{Fy}第54条、第88条", "受理之日"),
        new("reconsideration.respondent_answer_simplified", "被申请人答复（简易程序）", 5, PeriodUnit.WorkingDay, $"{Fy}第54条、第88条", "收到申请书副本之日"),
        new("reconsideration.decision", "作出复议决定（普通程序）", 60, PeriodUnit.CalendarDay, $"{Fy}第62条第1款", "受理之日"),
        new("reconsideration.decision_simplified", "作出复议决定（简易程序）", 30, PeriodUnit.CalendarDay, $"{Fy}第62条第2款", "受理之日"),
        new("reconsideration.decision_extension_max", "复议决定延期上限", 30, PeriodUnit.CalendarDay, $"{Fy}第62条第1款", "原决定期限届满之日"),
        new("reconsideration.suspension_termination", "中止满60日终止", 60, PeriodUnit.CalendarDay, $"{Fy}第41条第1款第5项", "中止之日"),
        new("reconsideration.application", "申请复议期限", 60, PeriodUnit.CalendarDay, $"{Fy}第20条第1款", "知道或应当知道行政行为之日"),
        new("litigation.defence", "提交答辩状及证据", 15, PeriodUnit.CalendarDay, $"{Ss}第67条第1款", "收到起诉状副本之日"),
        new("litigation.appeal_judgment", "对判决提起上诉", 15, PeriodUnit.CalendarDay, $"{Ss}第85条", "判决书送达之日"),
        new("litigation.appeal_ruling", "对裁定提起上诉", 10, PeriodUnit.CalendarDay, $"{Ss}第85条", "裁定书送达之日"),
        new("litigation.suit_after_reconsideration", "复议后起诉期限", 15, PeriodUnit.CalendarDay, $"{Ss}第45条", "收到复议决定书之日"),
        new("litigation.direct_suit", "直接起诉期限", 6, PeriodUnit.Month, $"{Ss}第46条第1款", "知道或应当知道作出行政行为之日"),
        new("litigation.first_instance", "一审审理期限", 6, PeriodUnit.Month, $"{Ss}第81条", "立案之日"),
        new("litigation.second_instance", "二审审理期限", 3, PeriodUnit.Month, $"{Ss}第88条", "收到上诉状之日"),
    ];

    public static DeadlineRule Get(string key) =>
        All.FirstOrDefault(r => r.Key == key) ?? throw new KeyNotFoundException($"未知的期限规则“{key}”。可用规则：{string.Join("、", All.Select(r => r.Key))}");
}
