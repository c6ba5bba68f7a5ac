using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Reconsideration;

/// <summary>第77条: the respondent must perform the decision (and 调解书, 意见书); when it does not, or delays
/// without
/// good reason, the 复议机关 orders it to perform within a period it sets (第77条第2款), and the performance is
/// recorded.</summary>
public enum EnforcementRoute { Agency = 1, Court = 2 }

public static class PerformanceRules
{
    /// <summary>The period is the order's own, not the statute's: the rule carries its length for display only and is
    /// not in the deadline catalogue.</summary>
    const string Basis = "《行政复议法》（2023年修订）第77条第2款";

    /// <summary>Decisions that leave the respondent nothing to perform.</summary>
    static readonly ReconsiderationDecision[] NothingToPerform =
    [
        ReconsiderationDecision.Uphold, ReconsiderationDecision.DismissClaim,
        ReconsiderationDecision.DismissApplication, ReconsiderationDecision.Terminated,
        ReconsiderationDecision.SettledWithdrawn,
    ];

    public static bool Performable(ReconsiderationCase c) =>
        c.Status == ReconsiderationStatus.Concluded && c.Decision is { } d && !NothingToPerform.Contains(d);

    public static void OrderPerformance(ReconsiderationCase c, DateOnly on, DateOnly? by)
    {
        ExpectPerformable(c, "责令限期履行");
        if (c.PerformanceOrderedOn is not null) throw new DomainException("On", "已责令限期履行");
        CaseRules.NotBefore(on, c.ConcludedOn!.Value, "责令履行日期", "决定日期");
        if (by is not { } due || due <= on)
            throw new DomainException("PerformBy", "请填写履行期限，且须晚于责令履行之日");
        c.PerformanceOrderedOn = on;
        c.PerformanceDue = due;
    }

    public static void RecordPerformance(ReconsiderationCase c, DateOnly on)
    {
        ExpectPerformable(c, "登记履行");
        CaseRules.NotBefore(on, c.ConcludedOn!.Value, "履行日期", "决定日期");
        c.PerformedOn = on;
    }

    /// <summary>The ordered period, tracked like a statutory one until the performance is recorded.</summary>
    public static TrackedDeadline? Deadline(ReconsiderationCase c)
    {
        if (c.PerformanceOrderedOn is not { } ordered || c.PerformanceDue is not { } due) return null;
        var rule = new DeadlineRule("reconsideration.performance_order", "责令限期履行",
            due.DayNumber - ordered.DayNumber, PeriodUnit.CalendarDay, Basis, "责令履行之日");
        var steps = new List<string>
        {
            $"{ordered:yyyy-MM-dd} 责令被申请人限期履行，期限由行政复议机关确定",
            $"届满：{due:yyyy-MM-dd}（{DeadlineCalculator.WeekdayName(due)}）",
        };
        return new TrackedDeadline(new DeadlineResult(rule, ordered, due, false, steps), null, c.PerformedOn);
    }

    /// <summary>第78条: a decision the applicant or third party neither sues against in time nor performs is enforced
    /// —
    /// an upheld act by the respondent, a variation or a 调解书 by the 复议机关 — or the court is asked to
    /// enforce
    /// it.</summary>
    public static void Enforce(ReconsiderationCase c, DateOnly on, EnforcementRoute? route)
    {
        CaseRules.Expect(c, "登记强制执行", ReconsiderationStatus.Concluded);
        if (c.Decision is not (ReconsiderationDecision.Uphold or ReconsiderationDecision.Vary
            or ReconsiderationDecision.Mediation))
            throw new DomainException(nameof(c.Decision), "只有维持、变更决定书和行政复议调解书由" +
                "申请人、第三人履行，" +
                                                          "可依第七十八条强制执行");
        if (c.EnforcedOn is not null) throw new DomainException("On", "已登记强制执行");
        CaseRules.NotBefore(on, c.ConcludedOn!.Value, "强制执行日期", "决定日期");
        c.Enforcement = route ?? throw new DomainException("Enforcement", "请选择由行政机关强制执行或申" +
            "请人民法院强制执行");
        c.EnforcedOn = on;
    }

    /// <summary>Who enforces, as 第78条 words it per decision.</summary>
    public static string Enforcer(ReconsiderationCase c) => c.Enforcement switch
    {
        EnforcementRoute.Court => "申请人民法院强制执行",
        _ => c.Decision == ReconsiderationDecision.Uphold ? "由作出行政行为的行政机关依法强制执行"
            : "由行政复议机关依法强制执行",
    };

    static void ExpectPerformable(ReconsiderationCase c, string step)
    {
        CaseRules.Expect(c, step, ReconsiderationStatus.Concluded);
        if (!Performable(c))
            throw new DomainException(nameof(c.Decision),
                $"“{Labels.Decision[c.Decision!.Value]}”决定无需被申请人履行，不能{step}");
        if (c.PerformedOn is not null) throw new DomainException("On", "已登记履行");
    }
}
