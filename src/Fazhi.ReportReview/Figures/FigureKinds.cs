namespace Fazhi.ReportReview.Figures;

/// <summary>The kinds of figure a report states, with their Chinese names.</summary>
public static class FigureKinds
{
    public static string Label(string kind) => kind switch
    {
        "amount" => "金额",
        "rate" => "比率",
        "change" => "变化",
        "rank" => "排名",
        "duration" => "时长",
        "measure" => "计量",
        "score" => "分值",
        _ => "数量",
    };
}
