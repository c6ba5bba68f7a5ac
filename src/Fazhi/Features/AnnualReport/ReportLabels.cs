namespace Fazhi.Features.AnnualReport;

public static class ReportLabels
{
    /// <summary>Each part's heading as the report prints it; the words the platform's reviewer looks for are in
    /// them (主要举措和成效, 不足, 第一责任人, 工作安排, 其他需要报告).</summary>
    public static string Heading(ReportPart part, int year) => part switch
    {
        ReportPart.Measures => $"一、{year}年度推进法治政府建设的主要举措和成效",
        ReportPart.Shortcomings => $"二、{year}年度推进法治政府建设存在的不足和原因",
        ReportPart.Leadership => "三、党政主要负责人履行推进法治建设第一责任人职责情况",
        ReportPart.NextYear => $"四、{year + 1}年度推进法治政府建设的主要工作安排",
        _ => "五、其他需要报告的事项",
    };

    public static string State(YearReport r, DateOnly today) => r switch
    {
        { PublishedOn: not null } => "已公开",
        { SubmittedOn: not null } => r.SubmittedLate ? "逾期报送" : "已报送",
        _ when today > r.DueOn => "逾期未报送",
        _ => "起草中",
    };
}
