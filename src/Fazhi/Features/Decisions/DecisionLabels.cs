namespace Fazhi.Features.Decisions;

public static class DecisionLabels
{
    public static string Category(DecisionCategory c) => c switch
    {
        DecisionCategory.PublicPolicy => "重大公共政策和措施",
        DecisionCategory.Plan => "经济和社会发展等方面的重要规划",
        DecisionCategory.Resources => "开发利用、保护重要自然资源和文化资源",
        DecisionCategory.Project => "重大公共建设项目",
        _ => "其他重大事项",
    };

    public static string State(DecisionState s) => s switch
    {
        DecisionState.Adopted => "已决定",
        DecisionState.Rejected => "未通过",
        DecisionState.Published => "已公布",
        _ => "履行程序中",
    };

    public static string Badge(DecisionState s) => s switch
    {
        DecisionState.Published => "bg-green-lt",
        DecisionState.Adopted => "bg-teal-lt",
        DecisionState.Rejected => "bg-secondary-lt",
        _ => "bg-blue-lt",
    };

    /// <summary>A procedure as the decision's page lists it: done (with its day), exempted (with the reason), or
    /// still owed.</summary>
    public static IReadOnlyList<(string Name, string Article, string Status, bool Settled)> Procedures(
        MajorDecision d) =>
    [
        ("公众参与", "第14–18条", d.ParticipationExempt is { } pe ? $"不适用：{pe}" : d.CommentFrom is { } f
            ? $"公开征求意见{f:yyyy-MM-dd}至{d.CommentTo:yyyy-MM-dd}" + (d.ShortenedReason is { } s ? $"（缩短：{s}）" : "")
              + (d.HearingOn is { } h ? $"；{h:yyyy-MM-dd}听证" : "")
              + (d.ParticipationText is null ? "；尚未说明意见采纳情况" : "")
            : d.HearingOn is { } heard ? $"{heard:yyyy-MM-dd}听证" : "尚未履行",
            d.ParticipationExempt is not null || d.ParticipationText is not null || d.HearingOn is not null),
        ("专家论证", "第19–21条", d.ExpertExempt is { } ee ? $"不适用：{ee}"
            : d.ExpertOn is { } e ? $"{e:yyyy-MM-dd}论证" : "尚未履行", d.ExpertExempt is not null || d.ExpertOn is not null),
        ("风险评估", "第22–24条", d.RiskExempt is { } re ? $"不适用：{re}" : d.RiskOn is { } r
            ? $"{r:yyyy-MM-dd}评估，{(d.RiskControllable == true ? "风险可控" : "风险不可控")}" : "尚未履行",
            d.RiskExempt is not null || d.RiskOn is not null),
        ("合法性审查", "第25–28条", d.LegalityOn is { } l ? $"{l:yyyy-MM-dd}出具意见：{(d.LegalityPassed == true
            ? "合法" : "不合法")}" : d.LegalitySentOn is { } sent ? $"{sent:yyyy-MM-dd}送审，尚未出具意见" : "尚未送审",
            d.LegalityPassed == true),
        ("集体讨论决定", "第30条", d.MeetingOn is { } m ? $"{m:yyyy-MM-dd}会议讨论，{State(d.State)}" : "尚未讨论",
            d.MeetingOn is not null),
        ("向党委请示报告", "第31条", d.PartyReportExempt is { } pr ? $"不适用：{pr}"
            : d.PartyReportedOn is { } p ? $"{p:yyyy-MM-dd}请示报告" : "尚未报告",
            d.PartyReportExempt is not null || d.PartyReportedOn is not null),
        ("决策公布", "第32条", d.PublishedOn is { } pub ? $"{pub:yyyy-MM-dd}公布" : "尚未公布", d.PublishedOn is not null),
    ];
}
