using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;
using Fazhi.Features.Enforcement.Cases;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>The rules of 双随机、一公开 (优化营商环境条例 第54条): what a registry entry and a plan
/// must hold, when a plan may be drawn, and how a result is recorded and published.</summary>
public static class InspectionRules
{
    /// <summary>行政处罚法 第42条: no fewer than two officers; more than ten to one object is no random
    /// inspection.</summary>
    public const int MinInspectors = 2, MaxInspectors = 10;

    /// <summary>企业信息公示暂行条例 第6条: information a regulator produces is published within 20
    /// working days; the catalogue's rule for other enforcement information (118号) has the same
    /// length.</summary>
    public const string PickPower = "请从权责清单中选择行政检查事项";

    public static DeadlineRule PublicityRule => EnforcementDeadlines.Rule("enforcement.publicity_other");

    public static void ValidateObject(InspectionObject o)
    {
        o.Name = o.Name.Trim();
        o.CreditCode = string.IsNullOrWhiteSpace(o.CreditCode) ? null : o.CreditCode.Trim().ToUpperInvariant();
        o.Address = string.IsNullOrWhiteSpace(o.Address) ? null : o.Address.Trim();
        if (o.Name.Length is 0 or > 200) throw new DomainException(nameof(o.Name), "请填写名称（200字以内）");
        if (!Enum.IsDefined(o.Kind)) throw new DomainException(nameof(o.Kind), "请选择对象类型");
        if (!Enum.IsDefined(o.RiskGrade)) throw new DomainException(nameof(o.RiskGrade), "请选择风险等级");
        if (o.CreditCode is null && o.Kind == ObjectKind.Enterprise)
            throw new DomainException(nameof(o.CreditCode), "企业应填写统一社会信用代码");
        if (o.CreditCode is { } code && NationalCodes.CreditCodeError(code) is { } e)
            throw new DomainException(nameof(o.CreditCode), e);
        if (o.Address?.Length > 200) throw new DomainException(nameof(o.Address), "地址应在200字以内");
    }

    /// <summary>A grade re-assessed by hand (国市监信发〔2022〕6号: grades follow the credit records), with a
    /// reason; the plans already drawn keep the grade each task was drawn under.</summary>
    public static TimelineEvent ChangeRiskGrade(InspectionObject o, string? grade, string? reason, DateOnly on)
    {
        if (InspectionLabels.GradeOf((grade ?? "").Trim().ToUpperInvariant()) is not { } to)
            throw new DomainException(nameof(o.RiskGrade), "请选择风险等级（A、B、C、D类之一）");
        if (to == o.RiskGrade)
            throw new DomainException(nameof(o.RiskGrade),
                $"该对象的风险等级已是{InspectionLabels.Grade[to]}，请选择调整后的等级");
        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > 500)
            throw new DomainException("Reason", "请填写调整风险等级的理由（500字以内）");
        var from = o.RiskGrade;
        o.RiskGrade = to;
        return InspectionSteps.Regraded(from, to, reason, on);
    }

    /// <summary>A plan exercises a 行政检查 item of its agency's 权责清单, which fixes the agency.</summary>
    public static void ValidatePlan(InspectionPlan p, EnforcementPower? power)
    {
        p.Name = p.Name.Trim();
        if (p.Name.Length is 0 or > 200)
            throw new DomainException(nameof(p.Name), "请填写计划名称（200字以内）");
        if (power is null) throw new DomainException(nameof(p.PowerId), PickPower);
        if (power.Kind != PowerKind.Inspection)
            throw new DomainException(nameof(p.PowerId),
                $"“{power.Name}”属于{PowerRules.KindLabels[power.Kind]}，" +
                    "双随机抽查应选择行政检查事项");
        p.UnitId = power.UnitId;
        foreach (var grade in InspectionDraw.Grades)
        {
            var ratio = p.Ratio(grade);
            // Stored with two decimals: a finer ratio would be rounded in the store and the re-run would differ.
            if (ratio is < 0 or > 100 || ratio != Math.Round(ratio, 2))
                throw new DomainException($"Ratio{grade}",
                    $"{grade}类抽查比例应在0至100之间，最多两位小数");
        }
        if (InspectionDraw.Grades.All(g => p.Ratio(g) == 0))
            throw new DomainException("RatioA", "至少一个风险等级的抽查比例应大于0");
        if (p.InspectorsPerObject is < MinInspectors or > MaxInspectors)
            throw new DomainException(nameof(p.InspectorsPerObject),
                $"每个检查对象应选派{MinInspectors}至{MaxInspectors}名执法人员" +
                    "（行政处罚法第42条：执法人员不得少于两人）");
        if (p.StartOn == default || p.EndOn == default)
            throw new DomainException(nameof(p.StartOn), "请填写计划起止日期");
        if (p.EndOn < p.StartOn) throw new DomainException(nameof(p.EndOn), "结束日期不能早于开始日期");
    }

    /// <summary>An officer of the object's agency, with a reason (行政处罚法 第43条).</summary>
    public static InspectionRecusal Recusal(InspectionObject o, EnforcementOfficer officer, string reason,
        DateOnly on)
    {
        reason = reason.Trim();
        if (officer.UnitId != o.UnitId)
            throw new DomainException("OfficerId", $"{officer.Name}不是该名录库所属单位的执法人员");
        if (reason.Length is 0 or > 500) throw new DomainException("Reason", "请填写回避理由（500字以内）");
        return new InspectionRecusal
        {
            UnitId = o.UnitId, ObjectId = o.Id, OfficerId = officer.Id, Reason = reason, RegisteredOn = on,
        };
    }

    /// <summary>One draw per plan, within its period.</summary>
    public static void EnsureDrawable(InspectionPlan p, DateOnly on)
    {
        if (p.DrawnOn is { } drawn)
            throw new DomainException(nameof(p.DrawnOn),
                $"本计划已于{drawn:yyyy-MM-dd}抽取，每个计划只抽取一次");
        if (on > p.EndOn)
            throw new DomainException(nameof(p.DrawnOn),
                $"计划期间已于{p.EndOn:yyyy-MM-dd}结束，不能再抽取");
    }

    public static void RecordDraw(InspectionPlan p, DateOnly on, ulong seed, DrawPool pool, byte[] content,
        IReadOnlyList<DrawnTask> drawn)
    {
        EnsureDrawable(p, on);
        p.DrawnOn = on;
        p.Seed = unchecked((long)seed);
        p.ObjectsInPool = pool.ObjectIds.Length;
        p.OfficersInPool = pool.OfficerIds.Length;
        p.RecusalsInPool = pool.Recusals.Length;
        p.PoolSha256 = DrawPool.Sha256(content);
        p.Pool = new InspectionPool { Content = content };
        p.ResultSha256 = InspectionDraw.Sha256(drawn);
    }

    /// <summary>The tasks of a draw, each with its inspectors, in the registry's order: written so, the store
    /// checks and indexes tens of thousands of objects page by page instead of at random.</summary>
    public static List<InspectionTask> Tasks(InspectionPlan p, IEnumerable<DrawnTask> drawn) => drawn
        .OrderBy(d => d.ObjectId).Select(d => new InspectionTask
        {
            PlanId = p.Id, UnitId = p.UnitId, ObjectId = d.ObjectId, RiskGrade = d.Grade, DrawnOn = p.DrawnOn!.Value,
            CreatedById = p.CreatedById, InspectorIds = d.OfficerIds,
        }).ToList();

    /// <summary>What the inspection found, once; the publication period runs from that day.</summary>
    public static void RecordResult(InspectionTask t, InspectionResult result, DateOnly on, string? note,
        DateOnly today, DeadlineCalculator calc)
    {
        if (t.ResultOn is { } done) throw new DomainException("Result", $"已于{done:yyyy-MM-dd}登记检查结果");
        if (!Enum.IsDefined(result)) throw new DomainException("Result", "请选择检查结果");
        if (on < t.DrawnOn)
            throw new DomainException("On", $"检查日期不能早于抽取日期（{t.DrawnOn:yyyy-MM-dd}）");
        if (on > today) throw new DomainException("On", "检查日期不能晚于今天");
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > 500) throw new DomainException("Note", "说明应在500字以内");
        (t.Result, t.ResultOn, t.ResultNote) = (result, on, note);
        t.PublicityDue = Publicity(on, calc).Due;
    }

    /// <summary>谁检查、谁录入、谁公开: a result is published once, after it is recorded.</summary>
    public static void Publish(InspectionTask t, DateOnly on, string? url, DateOnly today)
    {
        if (t.ResultOn is not { } resulted)
            throw new DomainException("TaskIds", "尚未登记检查结果，不能公示");
        if (t.PublishedOn is { } published)
            throw new DomainException("TaskIds", $"已于{published:yyyy-MM-dd}公示");
        if (on < resulted)
            throw new DomainException("On", $"公示日期不能早于检查日期（{resulted:yyyy-MM-dd}）");
        if (on > today) throw new DomainException("On", "公示日期不能晚于今天");
        t.PublicationUrl = CaseRules.PublicationUrl(url);
        t.PublishedOn = on;
    }

    public static bool PublishedLate(InspectionTask t) => t.PublishedOn > t.PublicityDue;

    /// <summary>Unpublished past its period.</summary>
    public static bool Overdue(InspectionTask t, DateOnly today) => t.PublishedOn is null && t.PublicityDue < today;

    /// <summary>The period for publishing the results of one inspection day, as RecordResult fixed it.</summary>
    public static TrackedDeadline Publicity(DateOnly resultOn, DeadlineCalculator calc) =>
        new(calc.Compute(PublicityRule, resultOn), null, null);

    /// <summary>The plan's own period for inspecting what it drew: set by the plan, not by a statute, and tracked
    /// like one while objects wait for their result (as a 责令限期履行 period set by an organ is).</summary>
    public static TrackedDeadline InspectionPeriod(DateOnly start, DateOnly end)
    {
        var rule = new DeadlineRule("enforcement.inspection_period", "完成抽查并登记检查结果",
            end.DayNumber - start.DayNumber, PeriodUnit.CalendarDay, "抽查计划确定的检查期间",
            "抽查计划开始之日");
        var steps = new List<string>
        {
            $"抽查计划期间{start:yyyy-MM-dd}至{end:yyyy-MM-dd}，由计划确定",
            $"届满：{end:yyyy-MM-dd}（{DeadlineCalculator.WeekdayName(end)}）",
        };
        return new TrackedDeadline(new DeadlineResult(rule, start, end, false, steps), null, null);
    }
}
