namespace Fazhi.Features.Disputes;

public static class DisputeLabels
{
    /// <summary>The kinds of dispute the registers count (婚姻家庭, 邻里…); an administrative dispute for the
    /// centre.</summary>
    public static readonly string[] Kinds =
    [
        "婚姻家庭", "邻里纠纷", "损害赔偿", "合同纠纷", "劳动争议", "土地承包", "征地拆迁", "物业纠纷", "医疗纠纷",
        "交通事故", "消费纠纷", "行政争议", "其他",
    ];

    public static string Level(OrganisationLevel l) => l switch
    {
        OrganisationLevel.Village => "村（社区）人民调解委员会",
        OrganisationLevel.Township => "乡镇（街道）人民调解委员会",
        OrganisationLevel.County => "县级人民调解委员会",
        OrganisationLevel.Professional => "行业性专业性人民调解委员会",
        _ => "行政争议协调化解中心",
    };

    public static string Source(DisputeSource s) => s switch
    {
        DisputeSource.Court => "法院推送",
        DisputeSource.Reconsideration => "复议机构转入",
        _ => "当事人申请",
    };

    public static string Outcome(DisputeOutcome? o) => o switch
    {
        DisputeOutcome.Resolved => "调解成功",
        DisputeOutcome.Failed => "调解不成",
        DisputeOutcome.Terminated => "终止调解",
        DisputeOutcome.Returned => "退回",
        _ => "调解中",
    };

    public static string Badge(DisputeOutcome? o) => o switch
    {
        DisputeOutcome.Resolved => "bg-green-lt",
        null => "bg-blue-lt",
        _ => "bg-secondary-lt",
    };

    public static string Confirmation(DisputeCase c) => c.ConfirmationAppliedOn is null ? ""
        : c.Confirmed switch { true => "司法确认有效", false => "不予确认", _ => "已申请司法确认" };
}
