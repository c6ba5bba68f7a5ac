using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Litigation;

/// <summary>The periods of 行政应诉 and which of them a case shows. Only the defence, and an appeal the agency
/// means to bring, are its own duties; the court's trial periods and an appeal period left to run are shown for
/// information, their lapse stated rather than flagged as overdue.</summary>
public static class LitigationDeadlines
{
    const string Law = "《行政诉讼法》（2017年修正）";
    const string Interpretation =
        "《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》";
    const string TrialLapse = "审理期限届满（法院的期限，可依法延长）";
    public const string AppealLapse = "上诉期届满，裁判生效";

    /// <summary>Periods count calendar days; a last day that is not a working day moves to the next one.</summary>
    public static readonly DeadlineRule[] Rules =
    [
        new("litigation.defence", "提交答辩状及证据", 15, PeriodUnit.CalendarDay, $"{Law}第67条第1款",
            "收到起诉状副本之日"),
        new("litigation.appeal_defence", "对上诉提交答辩状", 15, PeriodUnit.CalendarDay,
            $"{Interpretation}第108条第2款", "收到上诉状副本之日"),
        new("litigation.appeal_judgment", "对判决提起上诉", 15, PeriodUnit.CalendarDay, $"{Law}第85条",
            "判决书送达之日", AppealLapse),
        new("litigation.appeal_ruling", "对裁定提起上诉", 10, PeriodUnit.CalendarDay, $"{Law}第85条",
            "裁定书送达之日", AppealLapse),
        new("litigation.suit_after_reconsideration", "复议后起诉期限", 15, PeriodUnit.CalendarDay,
            $"{Law}第45条", "收到复议决定书之日"),
        new("litigation.direct_suit", "直接起诉期限", 6, PeriodUnit.Month, $"{Law}第46条第1款",
            "知道或应当知道作出行政行为之日"),
        new("litigation.first_instance", "一审审理期限", 6, PeriodUnit.Month, $"{Law}第81条", "立案之日",
            TrialLapse),
        new("litigation.simplified_first_instance", "简易程序审理期限", 45, PeriodUnit.CalendarDay,
            $"{Law}第83条", "立案之日", TrialLapse),
        new("litigation.second_instance", "二审审理期限", 3, PeriodUnit.Month, $"{Law}第88条",
            "收到上诉状之日"),
    ];

    public static DeadlineRule Rule(string key) => Rules.First(r => r.Key == key);

    /// <summary>The defence period: on appeal the appellee answers the 上诉状 (行诉解释 第108条第2款); an
    /// agency that alone appealed has nothing to answer.</summary>
    public static string? DefenceKey(LitigationCase c) => c.Instance switch
    {
        Instance.Second when c.Appellant == Appellant.Agency => null,
        Instance.Second => "litigation.appeal_defence",
        _ => "litigation.defence",
    };

    /// <summary>The appeal period a decision opens, if any: only a first-instance judgment, or one of the rulings
    /// 行诉解释 第101条第2款 makes appealable (不予立案, 驳回起诉, 管辖异议; of these only 驳回
    /// 起诉 ends a case
    /// recorded here), can be appealed (行政诉讼法 第85条); second-instance decisions are final (第7条 两审
    /// 终审), and
    /// 准予撤诉 and 调解书 are not appealable.</summary>
    public static string? AppealKey(LitigationCase c) => (c.Instance, c.Form, c.Outcome) switch
    {
        (Instance.First, OutcomeForm.Judgment, _) => "litigation.appeal_judgment",
        (Instance.First, OutcomeForm.Ruling, LitigationOutcome.DismissSuit) => "litigation.appeal_ruling",
        _ => null,
    };

    /// <summary>The agency appeals (or means to, until who appealed is recorded): its appeal period is then a
    /// duty.</summary>
    public static bool AgencyAppeals(LitigationCase c) =>
        c.Appellant is null ? c.AppealIntended : c.Appellant is Appellant.Agency or Appellant.Both;

    public static List<TrackedDeadline> For(LitigationCase c, DeadlineCalculator calc,
        IReadOnlyList<DeadlineExtension> extensions)
    {
        var list = new List<TrackedDeadline>();
        void Add(DeadlineRule rule, DateOnly start, DateOnly? done) =>
            list.Add(calc.Track(rule, start, done, extensions));
        if (c.ServedOn is { } served && DefenceKey(c) is { } defence)
            Add(Rule(defence), served, c.DefenceSubmittedOn);
        if (c.Instance == Instance.First)
            Add(Rule(c.Procedure == LitigationProcedure.Simplified
                ? "litigation.simplified_first_instance" : "litigation.first_instance"), c.FiledOn, c.ConcludedOn);
        if (AppealKey(c) is { } appeal && c.OutcomeServedOn is { } outcomeServed)
        {
            var rule = Rule(appeal);
            if (AgencyAppeals(c)) rule = rule with { LapseEffect = null };
            else if (c.Appellant is Appellant.Plaintiff) rule = rule with { LapseEffect = "上诉期届满，" +
                "原告已上诉" };
            Add(rule, outcomeServed, c.AgencyAppealedOn);
        }
        return list;
    }
}
