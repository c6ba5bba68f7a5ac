using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>行政强制法 as a coercive measure meets it: a 查封、扣押 (第25、27条) or a 冻结 (第32条)
/// is followed within 30 days by a 处理决定 (没收、销毁 or 解除), a period extended once, by at most 30
/// days, with the head's approval and a reason. 第69条 makes only periods of ten days or less working days:
/// these 30 are calendar days.</summary>
public static class CoercionRules
{
    public const int MaxExtensionDays = 30;

    /// <summary>The period a measure starts, if it starts one.</summary>
    public static DeadlineRule? PeriodRule(CoercionMeasure? measure) => measure switch
    {
        CoercionMeasure.Sealing or CoercionMeasure.Seizure => EnforcementDeadlines.Rule("enforcement.seizure_period"),
        CoercionMeasure.Freeze => EnforcementDeadlines.Rule("enforcement.freeze_period"),
        _ => null,
    };

    /// <summary>At the decision: a measure taken names which one (第9条); a decision not to take one names
    /// none.</summary>
    public static void ApplyMeasure(EnforcementCase c, CaseOutcome outcome, CoercionMeasure? measure)
    {
        var taken = c.Kind == PowerKind.Coercion && outcome == CaseOutcome.CoercionTaken;
        if (taken && (measure is null || !Enum.IsDefined(measure.Value)))
            throw new DomainException("Measure",
                "请选择采取的行政强制措施种类（行政强制法第9条）");
        if (!taken && measure is not null)
            throw new DomainException("Measure", "未采取行政强制措施的，不选择措施种类");
        c.Measure = measure;
    }

    /// <summary>第25条第1款、第32条第1款: 情况复杂的, the head approves one extension of at most 30 days,
    /// while the period runs.</summary>
    public static DeadlineExtension Extend(EnforcementCase c, DeadlineCalculator calc,
        IReadOnlyList<DeadlineExtension> existing, DateOnly newDue, string reason, string approver, DateOnly today)
    {
        var rule = PendingRule(c, "NewDue");
        if (existing.Any(e => e.RuleKey == rule.Key))
            throw new DomainException("NewDue", "期限已经延长过一次，不能再延长");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Reason", "请填写延长理由（情况复杂的具体情形）");
        if (string.IsNullOrWhiteSpace(approver))
            throw new DomainException("Approver", "请填写批准人（行政机关负责人）");
        var original = calc.Compute(rule, c.DecidedOn!.Value, Pauses(c)).Due!.Value;
        if (today > original)
            throw new DomainException("NewDue", $"期限已于{original:yyyy-MM-dd}届满，不能再延长");
        var latest = original.AddDays(MaxExtensionDays);
        if (newDue <= original)
            throw new DomainException("NewDue", $"延长后的期限须晚于原期限（{original:yyyy-MM-dd}）");
        if (newDue > latest)
            throw new DomainException("NewDue",
                $"延长期限不得超过三十日，即不得晚于{latest:yyyy-MM-dd}");
        return new DeadlineExtension
        {
            OwnerType = EnforcementCase.OwnerType, OwnerId = c.Id, RuleKey = rule.Key, NewDue = newDue,
            Reason = reason.Trim(), Approver = approver.Trim(), ApprovedOn = today,
        };
    }

    /// <summary>第25条第3款: goods sealed or seized may need 检测、检验、检疫或者技术鉴定; its period, which must be
    /// fixed (明确) and told to the party in writing, does not count in the 查封、扣押 period. It starts while the
    /// period runs; one is recorded per case (several tests are recorded as the period covering them).</summary>
    public static void RecordTesting(EnforcementCase c, DeadlineCalculator calc, DeadlineExtension? extension,
        TestingKind kind, DateOnly from, DateOnly to, DateOnly notifiedOn, DateOnly today)
    {
        var rule = PendingRule(c, "From");
        if (c.Measure == CoercionMeasure.Freeze)
            throw new DomainException("Kind", "检测、检验、检疫或者技术鉴定期间的扣除只适用于查封、扣押（第25条第3款）");
        if (c.TestingFrom is { } recorded)
            throw new DomainException("From", $"已登记自{recorded:yyyy-MM-dd}起的检测期间");
        if (!Enum.IsDefined(kind))
            throw new DomainException("Kind", "请选择检测、检验、检疫或者技术鉴定");
        var decided = c.DecidedOn!.Value;
        if (from < decided)
            throw new DomainException("From", $"开始日期不能早于采取查封、扣押的日期（{decided:yyyy-MM-dd}）");
        var due = extension?.NewDue ?? calc.Compute(rule, decided).Due!.Value;
        if (from > due)
            throw new DomainException("From", $"查封、扣押期间已于{due:yyyy-MM-dd}届满，不能再扣除检测期间");
        if (to < from) throw new DomainException("To", "结束日期不能早于开始日期");
        if (notifiedOn < decided || notifiedOn > today)
            throw new DomainException("NotifiedOn",
                $"书面告知日期应在{decided:yyyy-MM-dd}至今天之间（检测期间应当明确并书面告知当事人）");
        (c.Testing, c.TestingFrom, c.TestingTo, c.TestingNotifiedOn) = (kind, from, to, notifiedOn);
    }

    /// <summary>The days the 查封、扣押 period does not count: the testing period, its first and last day
    /// included.</summary>
    public static IReadOnlyList<Pause> Pauses(EnforcementCase c) =>
        c is { Testing: { } kind, TestingFrom: { } from, TestingTo: { } to }
            ? [new Pause(from.AddDays(-1), to, $"{CaseLabels.Testing[kind]}期间，行政强制法第25条第3款")]
            : [];

    /// <summary>第27条: the 处理决定 — confiscate, destroy, or release (解除).</summary>
    public static void Dispose(EnforcementCase c, DateOnly on, Disposal disposal)
    {
        PendingRule(c, "On");
        if (!Enum.IsDefined(disposal))
            throw new DomainException("Disposal", "请选择处理决定（没收、销毁、解除或者其他）");
        if (on < c.DecidedOn) throw new DomainException("On",
            $"处理决定日期不能早于采取强制措施的日期（{c.DecidedOn:yyyy-MM-dd}）");
        (c.DisposedOn, c.Disposal) = (on, disposal);
    }

    /// <summary>A 查封、扣押 or 冻结 still waiting for its 处理决定: the case cannot be closed.</summary>
    public static bool AwaitsDisposal(EnforcementCase c) =>
        c.DecidedOn is not null && PeriodRule(c.Measure) is not null && c.DisposedOn is null;

    static DeadlineRule PendingRule(EnforcementCase c, string field)
    {
        if (c.DecidedOn is null || PeriodRule(c.Measure) is not { } rule)
            throw new DomainException(field,
                "只有已采取查封、扣押或者冻结措施的案件有处理决定期限");
        if (c.DisposedOn is { } done) throw new DomainException(field, $"已于{done:yyyy-MM-dd}作出处理决定");
        return rule;
    }
}
