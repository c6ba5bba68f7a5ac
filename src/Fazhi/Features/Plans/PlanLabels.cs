using Fazhi.Features.Plans.Reading;

namespace Fazhi.Features.Plans;

/// <summary>The words pages use for a plan's values.</summary>
public static class PlanLabels
{
    public static string Role(UnitRole role) => role == UnitRole.Lead ? "牵头" : "参加";

    public static string Recurs(Recurrence? recurs) => recurs switch
    {
        Recurrence.Monthly => "（每月）", Recurrence.Quarterly => "（每季度）", Recurrence.HalfYearly => "（每半年）",
        Recurrence.Yearly => "（每年）", _ => "",
    };

    public static string Excerpt(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
