using Fazhi.Kernel.Figures;

namespace Fazhi.Features.Assessment;

/// <summary>A figure-scored or deduction-scored leaf worked out from the assessed unit's figure for the year, with the
/// working written out so the unit sees how every point was reached.</summary>
public static class AutoScore
{
    /// <summary>The score and its working; null score when the figure is not recorded (a reviewer scores it).
    /// </summary>
    public static (decimal? Score, string Note) Of(Indicator leaf, Figure? figure)
    {
        var points = leaf.Points ?? 0;
        if (figure is null) return (null, "尚未记录：平台没有该数据指标，由复核人员评分");
        return leaf.Method switch
        {
            ScoringMethod.Figure => FromTarget(points, leaf.Target ?? 0, figure),
            ScoringMethod.Deduction => Deduct(points, leaf.PerEvent ?? 0, figure),
            _ => (null, ""),
        };
    }

    /// <summary>Full points at or above the target, in proportion below it. A rate with nothing to count (0/0) takes
    /// nothing away: the unit had no such case that year.</summary>
    static (decimal?, string) FromTarget(decimal points, decimal target, Figure f)
    {
        var value = $"{f.Label}{f.Display}{Parts(f)}";
        if (f.Denominator == 0) return (points, $"{value}：本年度无统计对象，不扣分，得{points:0.##}分");
        if (f.Value >= target) return (points, $"{value}，达到目标{Target(target, f)}，得满分{points:0.##}分");
        var score = Round(points * f.Value / target);
        return (score, $"{value}，未达目标{Target(target, f)}：{points:0.##} × {f.Value:0.##} ÷ {target:0.##} = " +
            $"{score:0.##}分");
    }

    /// <summary>Points taken per counted event (a rate's numerator), never below zero.</summary>
    static (decimal?, string) Deduct(decimal points, decimal perEvent, Figure f)
    {
        var count = f.Numerator ?? (long)f.Value;
        var taken = Math.Min(points, count * perEvent);
        var score = points - taken;
        var unit = f.IsRate ? "件" : f.Unit;
        return (score, count == 0
            ? $"{f.Label}0{unit}，不扣分，得{points:0.##}分"
            : $"{f.Label}{count}{unit} × 每{unit}扣{perEvent:0.##}分 = 扣{count * perEvent:0.##}分" +
              (taken < count * perEvent ? $"（以本项分值{points:0.##}分为限）" : "") + $"，得{score:0.##}分");
    }

    static string Parts(Figure f) => f.IsRate ? $"（{f.Numerator}/{f.Denominator}）" : "";

    static string Target(decimal target, Figure f) => f.IsRate ? $"{target:0.##}%" : $"{target:0.##}{f.Unit}";

    public static decimal Round(decimal d) => Math.Round(d, 2, MidpointRounding.AwayFromZero);
}
