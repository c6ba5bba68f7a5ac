namespace Fazhi.Features.Rectification;

public static class RectificationLabels
{
    /// <summary>The kinds of inspection a 督察单位 records.</summary>
    public static readonly string[] Kinds = ["法治督察", "专项督察", "督导检查", "实地评估"];

    public static string State(RectificationItem i, DateOnly today) => i.State switch
    {
        RectificationState.Closed => i.ClosedOn > i.DueOn ? "已销号（逾期完成）" : "已销号",
        RectificationState.Submitted => "待销号审核",
        _ when i.OverdueOn(today) => "逾期未整改",
        _ when i.Returns > 0 => "退回整改",
        _ => i.Measures is null ? "待整改" : "整改中",
    };

    public static string Badge(RectificationItem i, DateOnly today) => i.State switch
    {
        RectificationState.Closed => "bg-green-lt",
        RectificationState.Submitted => "bg-blue-lt",
        _ => i.OverdueOn(today) ? "bg-red-lt" : "bg-orange-lt",
    };

    /// <summary>A long text cut for a list cell.</summary>
    public static string Excerpt(string text, int length) =>
        text.Length <= length ? text : text[..length] + "…";
}
