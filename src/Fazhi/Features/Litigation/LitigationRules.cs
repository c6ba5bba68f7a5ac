using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Litigation;

/// <summary>The rules of 行政应诉 under the 行政诉讼法: outcomes, who lost, and the periods that bind the agency.</summary>
public static class LitigationRules
{
    const string Law = "《行政诉讼法》（2017年修正）";

    /// <summary>Periods count calendar days; a last day that is not a working day moves to the next one.</summary>
    public static readonly DeadlineRule[] Rules =
    [
        new("litigation.defence", "提交答辩状及证据", 15, PeriodUnit.CalendarDay, $"{Law}第67条第1款", "收到起诉状副本之日"),
        new("litigation.appeal_judgment", "对判决提起上诉", 15, PeriodUnit.CalendarDay, $"{Law}第85条", "判决书送达之日"),
        new("litigation.appeal_ruling", "对裁定提起上诉", 10, PeriodUnit.CalendarDay, $"{Law}第85条", "裁定书送达之日"),
        new("litigation.suit_after_reconsideration", "复议后起诉期限", 15, PeriodUnit.CalendarDay, $"{Law}第45条",
            "收到复议决定书之日"),
        new("litigation.direct_suit", "直接起诉期限", 6, PeriodUnit.Month, $"{Law}第46条第1款", "知道或应当知道作出行政行为之日"),
        new("litigation.first_instance", "一审审理期限", 6, PeriodUnit.Month, $"{Law}第81条", "立案之日"),
        new("litigation.second_instance", "二审审理期限", 3, PeriodUnit.Month, $"{Law}第88条", "收到上诉状之日"),
    ];

    public static DeadlineRule Rule(string key) => Rules.First(r => r.Key == key);

    public static readonly Dictionary<Instance, string> InstanceLabel = new()
    {
        [Instance.First] = "一审", [Instance.Second] = "二审", [Instance.Retrial] = "再审",
    };

    public static readonly Dictionary<OutcomeForm, string> FormLabel = new()
    {
        [OutcomeForm.Judgment] = "判决", [OutcomeForm.Ruling] = "裁定",
    };

    public static readonly Dictionary<LitigationOutcome, string> OutcomeLabel = new()
    {
        [LitigationOutcome.DismissClaims] = "驳回诉讼请求",
        [LitigationOutcome.Annul] = "撤销",
        [LitigationOutcome.OrderPerformance] = "履行",
        [LitigationOutcome.OrderPayment] = "给付",
        [LitigationOutcome.ConfirmUnlawful] = "确认违法",
        [LitigationOutcome.ConfirmVoid] = "确认无效",
        [LitigationOutcome.Vary] = "变更",
        [LitigationOutcome.Withdrawn] = "撤诉",
        [LitigationOutcome.DismissSuit] = "驳回起诉",
        [LitigationOutcome.Mediated] = "调解",
        [LitigationOutcome.UpholdOnAppeal] = "驳回上诉、维持原判",
        [LitigationOutcome.RemandOrReverse] = "发回重审或改判",
    };

    /// <summary>Outcomes in which the agency lost (败诉): the court found against its act (第70–77条) or reversed a win
    /// on appeal.</summary>
    public static readonly LitigationOutcome[] Losses =
    [
        LitigationOutcome.Annul, LitigationOutcome.OrderPerformance, LitigationOutcome.OrderPayment,
        LitigationOutcome.ConfirmUnlawful, LitigationOutcome.ConfirmVoid, LitigationOutcome.Vary,
        LitigationOutcome.RemandOrReverse,
    ];

    static readonly LitigationOutcome[] RulingOnly = [LitigationOutcome.Withdrawn, LitigationOutcome.DismissSuit];

    public static void ValidateRegistration(LitigationCase c, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(c.CaseNumber)) throw new DomainException(nameof(c.CaseNumber), "请填写法院案号");
        if (string.IsNullOrWhiteSpace(c.Plaintiffs)) throw new DomainException(nameof(c.Plaintiffs), "请填写原告");
        if (c.FiledOn > today) throw new DomainException(nameof(c.FiledOn), "立案日期不能晚于今天");
        if (c.ServedOn < c.FiledOn) throw new DomainException(nameof(c.ServedOn), "应诉通知送达日期不能早于立案日期");
    }

    /// <summary>The complaint reaches the agency; the 15-day defence period (第67条) runs from here.</summary>
    public static void RecordService(LitigationCase c, DateOnly on)
    {
        if (c.ServedOn is not null) throw new DomainException("On", $"已登记收到起诉状副本（{c.ServedOn:yyyy-MM-dd}）");
        if (on < c.FiledOn) throw new DomainException("On", $"收到起诉状副本日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
        c.ServedOn = on;
    }

    public static void SubmitDefence(LitigationCase c, DateOnly on)
    {
        if (c.ServedOn is not { } served) throw new DomainException("On", "请先登记收到起诉状副本的日期");
        if (c.DefenceSubmittedOn is not null) throw new DomainException("On", "已登记提交答辩状");
        if (on < served) throw new DomainException("On", $"答辩日期不能早于收到起诉状副本日期（{served:yyyy-MM-dd}）");
        c.DefenceSubmittedOn = on;
    }

    public static Hearing AddHearing(LitigationCase c, HearingRequest r)
    {
        if (c.Status == LitigationStatus.Concluded && c.ConcludedOn < r.HeldOn)
            throw new DomainException("HeldOn", "开庭日期不能晚于结案日期");
        if (r.HeldOn < c.FiledOn) throw new DomainException("HeldOn", $"开庭日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
        if (string.IsNullOrWhiteSpace(r.AppearedName)) throw new DomainException("AppearedName", "请填写出庭人员姓名");
        // 行诉解释 第132条: a head who does not appear explains why in writing.
        if (!r.ResponsiblePersonAppeared && string.IsNullOrWhiteSpace(r.AbsenceExplanation))
            throw new DomainException("AbsenceExplanation", "负责人未出庭的，应当填写书面说明");
        var h = new Hearing
        {
            HeldOn = r.HeldOn, ResponsiblePersonAppeared = r.ResponsiblePersonAppeared,
            AppearedName = r.AppearedName.Trim(), AppearedTitle = (r.AppearedTitle ?? "").Trim(),
            AbsenceExplanation = r.ResponsiblePersonAppeared ? null : r.AbsenceExplanation!.Trim(),
        };
        c.Hearings.Add(h);
        return h;
    }

    public static void Conclude(LitigationCase c, ConclusionRequest r)
    {
        if (c.Status == LitigationStatus.Concluded) throw new DomainException("Outcome", "案件已结案");
        if (r.ConcludedOn < c.FiledOn)
            throw new DomainException("ConcludedOn", $"裁判日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
        if (r.OutcomeServedOn < r.ConcludedOn) throw new DomainException("OutcomeServedOn", "送达日期不能早于裁判日期");
        if (RulingOnly.Contains(r.Outcome) && r.Form != OutcomeForm.Ruling)
            throw new DomainException("Form", $"“{OutcomeLabel[r.Outcome]}”以裁定作出");
        c.Form = r.Form;
        c.Outcome = r.Outcome;
        c.ConcludedOn = r.ConcludedOn;
        c.OutcomeServedOn = r.OutcomeServedOn;
        c.AgencyLost = Losses.Contains(r.Outcome);
        c.Status = LitigationStatus.Concluded;
    }

    public static List<TrackedDeadline> Deadlines(LitigationCase c, DeadlineCalculator calc,
        IReadOnlyList<DeadlineExtension> extensions)
    {
        var list = new List<TrackedDeadline>();
        void Add(string key, DateOnly start, DateOnly? done) =>
            list.Add(new TrackedDeadline(
                calc.Compute(Rule(key), start), extensions.LastOrDefault(e => e.RuleKey == key), done));
        if (c.ServedOn is { } served) Add("litigation.defence", served, c.DefenceSubmittedOn);
        if (c.OutcomeServedOn is { } outcomeServed && c.Form is { } form)
            Add(form == OutcomeForm.Judgment ? "litigation.appeal_judgment" : "litigation.appeal_ruling",
                outcomeServed, null);
        return list;
    }
}
