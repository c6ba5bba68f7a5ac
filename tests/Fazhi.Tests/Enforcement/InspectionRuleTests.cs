using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Inspections;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Units;

namespace Fazhi.Tests.Enforcement;

/// <summary>What a registry entry and a plan must hold (统一社会信用代码 checked, two officers or more under
/// 行政处罚法 第42条, ratios the store keeps exactly), and a result published within 20 working days
/// (企业信息公示暂行条例 第6条) or flagged late.</summary>
public class InspectionRuleTests
{
    static readonly DateOnly Today = new(2026, 11, 26);

    static InspectionPlan Plan(decimal a = 3, decimal b = 5, decimal c = 10, decimal d = 20, int per = 2) =>
        InspectionDrawTests.Plan(a, b, c, d, per);

    [Fact]
    public void A_plan_inspects_by_an_inspection_power_with_two_or_more_officers_and_exact_ratios()
    {
        var power = new EnforcementPower { Id = 7, UnitId = 3, Name = "食品安全监督检查", Kind = PowerKind.Inspection };
        string Refusal(InspectionPlan p, EnforcementPower? pw = null) =>
            Assert.Throws<DomainException>(() => InspectionRules.ValidatePlan(p, pw ?? power)).Message;
        Assert.Contains("不得少于两人", Refusal(Plan(per: 1)));
        Assert.Contains("最多两位小数", Refusal(Plan(a: 3.333m)));
        Assert.Contains("0至100", Refusal(Plan(d: 101)));
        Assert.Contains("至少一个", Refusal(Plan(0, 0, 0, 0)));
        Assert.Contains("应选择行政检查事项",
            Refusal(Plan(), new EnforcementPower { Name = "罚款", Kind = PowerKind.Penalty }));
        var plan = Plan(a: 2.5m);
        InspectionRules.ValidatePlan(plan, power);
        Assert.Equal(3, plan.UnitId);
    }

    [Fact]
    public void An_enterprise_needs_a_credit_code_with_a_right_check_character()
    {
        InspectionObject Object(ObjectKind kind, string? code) => new()
        {
            UnitId = 3, Name = "清河县某食品有限公司", Kind = kind, CreditCode = code, RiskGrade = RiskGrade.B,
        };
        var code = NationalCodes.WithCreditCheck("91149901MB0000001");
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');
        Assert.Contains("应填写统一社会信用代码", Assert.Throws<DomainException>(() =>
            InspectionRules.ValidateObject(Object(ObjectKind.Enterprise, null))).Message);
        Assert.Contains("校验位错误", Assert.Throws<DomainException>(() =>
            InspectionRules.ValidateObject(Object(ObjectKind.SoleTrader, wrong))).Message);
        var product = Object(ObjectKind.Product, " ");
        InspectionRules.ValidateObject(product);
        Assert.Null(product.CreditCode);
        InspectionRules.ValidateObject(Object(ObjectKind.Enterprise, code.ToLowerInvariant()));
    }

    [Fact]
    public void A_result_is_published_within_twenty_working_days_or_is_late()
    {
        var calc = new DeadlineCalculator(WorkingCalendar.FromEmbeddedData());
        var task = new InspectionTask { DrawnOn = new DateOnly(2026, 9, 1) };
        Assert.Contains("不能早于抽取日期", Assert.Throws<DomainException>(() => InspectionRules.RecordResult(
            task, InspectionResult.NoProblem, new DateOnly(2026, 8, 31), null, Today, calc)).Message);
        Assert.Contains("尚未登记检查结果", Assert.Throws<DomainException>(() =>
            InspectionRules.Publish(task, Today, null, Today)).Message);
        InspectionRules.RecordResult(task, InspectionResult.RectificationOrdered, new DateOnly(2026, 9, 10), " ",
            Today, calc);
        Assert.Null(task.ResultNote);
        // 20 working days from 10 September 2026, across the National Day holiday (1–7 October).
        Assert.Equal(calc.Compute(InspectionRules.PublicityRule, new DateOnly(2026, 9, 10)).Due, task.PublicityDue);
        Assert.Equal(20, InspectionRules.PublicityRule.Length);
        Assert.True(InspectionRules.Overdue(task, task.PublicityDue!.Value.AddDays(1)));
        Assert.Contains("完整网址", Assert.Throws<DomainException>(() =>
            InspectionRules.Publish(task, Today, "gsxt", Today)).Message);
        InspectionRules.Publish(task, task.PublicityDue.Value.AddDays(1), "https://www.gsxt.gov.cn/1", Today);
        Assert.True(InspectionRules.PublishedLate(task));
        Assert.Contains("已于", Assert.Throws<DomainException>(() =>
            InspectionRules.Publish(task, Today, null, Today)).Message);
    }
}
