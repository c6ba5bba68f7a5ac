using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Enforcement;

/// <summary>The periods of 行政处罚 (行政处罚法, revised 2021), of publishing enforcement decisions, and
/// of 查封、扣押 and 冻结 (行政强制法). 第85条: the 行政处罚法's "二日、三日、五日、七日"
/// are working days; its other periods (90日, 15日) count calendar days, a last day that is not a working day
/// moving to the next one; the 行政强制法 (第69条) counts working days only in periods of ten days or
/// less.</summary>
public static class EnforcementDeadlines
{
    const string Law = "《行政处罚法》（2021年修订）";
    const string WorkingDays = "，第85条（五日、七日等按工作日计算）";
    const string Coercion = "《行政强制法》";
    const string CoercionDays = "，第69条（十日以内的期限按工作日计算，三十日按日计算）";
    const string Guideline = "《国务院办公厅关于全面推行行政执法公示制度" +
        "执法全过程记录制度重大执法决定法制审核制度的指导意见》" +
        "（国办发〔2018〕118号）";

    public static readonly DeadlineRule[] Rules =
    [
        new("enforcement.penalty_decision", "作出行政处罚决定", 90, PeriodUnit.CalendarDay,
            $"{Law}第60条（法律、法规、规章另有规定的从其规定）",
            "行政处罚案件立案之日"),
        new("enforcement.penalty_delivery", "送达行政处罚决定书（当事人不在场）", 7,
            PeriodUnit.WorkingDay, $"{Law}第61条{WorkingDays}", "宣告行政处罚决定之日"),
        new("enforcement.hearing_request", "当事人要求听证", 5, PeriodUnit.WorkingDay,
            $"{Law}第64条第1项{WorkingDays}", "行政机关告知听证权利之日",
            "当事人未在期限内要求听证"),
        new("enforcement.publicity_withdrawal", "撤回已公开的行政处罚决定信息并说明理由", 3,
            PeriodUnit.WorkingDay, $"{Law}第48条第2款{WorkingDays}",
            "公开的行政处罚决定被变更、撤销、确认违法或者确认无效之日"),
        new("enforcement.fine_payment", "当事人缴纳罚款", 15, PeriodUnit.CalendarDay, $"{Law}第67条第3款",
            "当事人收到行政处罚决定书之日",
            "逾期不缴纳的，每日按罚款数额的3%加处罚款（第72条第1款第1项）"),
        new("enforcement.publicity_penalty", "公开行政处罚、行政许可决定信息", 7, PeriodUnit.WorkingDay,
            Guideline, "作出行政处罚、行政许可决定之日"),
        new("enforcement.publicity_other", "公开其他行政执法决定信息", 20, PeriodUnit.WorkingDay, Guideline,
            "作出行政执法决定之日"),
        new("enforcement.seizure_period", "查封、扣押后作出处理决定", 30, PeriodUnit.CalendarDay,
            $"{Coercion}第25条第1款、第27条{CoercionDays}", "实施查封、扣押之日",
            "情况复杂的，经行政机关负责人批准可延长一次，不超过三十日"),
        new("enforcement.freeze_period", "冻结后作出处理决定或者解除冻结决定", 30,
            PeriodUnit.CalendarDay, $"{Coercion}第32条第1款{CoercionDays}", "冻结存款、汇款之日",
            "情况复杂的，经行政机关负责人批准可延长一次，不超过三十日；" +
                "逾期未作出的，金融机构应当解除冻结"),
    ];

    public static DeadlineRule Rule(string key) => Rules.First(r => r.Key == key);
}
