namespace Fazhi.Features.LawReports;

public static class LawReportLabels
{
    public static string Form(LawReportForm f) => f == LawReportForm.Meeting ? "会议述法" : "书面述法";

    public static string Grade(LawReportGrade? g) => g switch
    {
        LawReportGrade.Excellent => "好",
        LawReportGrade.Good => "较好",
        LawReportGrade.Fair => "一般",
        LawReportGrade.Poor => "差",
        _ => "未评议",
    };

    public static string State(LawReport r, DateOnly today) =>
        r.ReportedOn is null ? r.DueOn < today ? "逾期未述法" : "待述法"
        : r.Grade is null ? "已述法，待评议" : "已评议";
}
