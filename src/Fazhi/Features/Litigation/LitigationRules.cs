using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Litigation;

public static class LitigationRules
{
    public const string OwnerType = "litigation";

    public static readonly Dictionary<Instance, string> InstanceLabel = new() { [Instance.First] = "一审", [Instance.Second] = "二审", [Instance.Retrial] = "再审" };
    public static readonly Dictionary<OutcomeForm, string> FormLabel = new() { [OutcomeForm.Judgment] = "判决", [OutcomeForm.Ruling] = "裁定" };

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

    /// <summary>Outcomes in which the agency lost (败诉): the court found against its act (第70–77条) or reversed a win on appeal.</summary>
    public static readonly LitigationOutcome[] Losses =
    [
        LitigationOutcome.Annul, LitigationOutcome.OrderPerformance, LitigationOutcome.OrderPayment, LitigationOutcome.ConfirmUnlawful,
        LitigationOutcome.ConfirmVoid, LitigationOutcome.Vary, LitigationOutcome.RemandOrReverse,
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

    public static Hearing AddHearing(LitigationCase c, DateOnly heldOn, bool headAppeared, string name, string title, string? explanation)
    {
        if (c.Status == LitigationStatus.Concluded && c.ConcludedOn < heldOn) throw new DomainException("HeldOn", "开庭日期不能晚于结案日期");
        if (heldOn < c.FiledOn) throw new DomainException("HeldOn", $"开庭日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("AppearedName", "请填写出庭人员姓名");
        // 行诉解释 第132条: a head who does not appear explains why in writing.
        if (!headAppeared && string.IsNullOrWhiteSpace(explanation)) throw new DomainException("AbsenceExplanation", "负责人未出庭的，应当填写书面说明");
        var h = new Hearing { HeldOn = heldOn, ResponsiblePersonAppeared = headAppeared, AppearedName = name.Trim(), AppearedTitle = title.Trim(), AbsenceExplanation = headAppeared ? null : explanation!.Trim() };
        c.Hearings.Add(h);
        return h;
    }

    public static void Conclude(LitigationCase c, OutcomeForm form, LitigationOutcome outcome, DateOnly on, DateOnly? servedOn)
    {
        if (c.Status == LitigationStatus.Concluded) throw new DomainException("Outcome", "案件已结案");
        if (on < c.FiledOn) throw new DomainException("ConcludedOn", $"裁判日期不能早于立案日期（{c.FiledOn:yyyy-MM-dd}）");
        if (servedOn < on) throw new DomainException("OutcomeServedOn", "送达日期不能早于裁判日期");
        if (RulingOnly.Contains(outcome) && form != OutcomeForm.Ruling) throw new DomainException("Form", $"“{OutcomeLabel[outcome]}”以裁定作出");
        c.Form = form;
        c.Outcome = outcome;
        c.ConcludedOn = on;
        c.OutcomeServedOn = servedOn;
        c.AgencyLost = Losses.Contains(outcome);
        c.Status = LitigationStatus.Concluded;
    }

    public static List<TrackedDeadline> Deadlines(LitigationCase c, DeadlineCalculator calc, IReadOnlyList<DeadlineExtension> extensions)
    {
        var list = new List<TrackedDeadline>();
        void Add(string key, DateOnly start, DateOnly? done) =>
            list.Add(new TrackedDeadline(calc.Compute(DeadlineRules.Get(key), start), extensions.LastOrDefault(e => e.RuleKey == key), done));
        if (c.ServedOn is { } served) Add("litigation.defence", served, c.DefenceSubmittedOn);
        if (c.OutcomeServedOn is { } outcomeServed && c.Form is { } form)
            Add(form == OutcomeForm.Judgment ? "litigation.appeal_judgment" : "litigation.appeal_ruling", outcomeServed, null);
        return list;
    }
}
