using Fazhi.ReportReview.Figures;

namespace Fazhi.ReportReview.Checks;

public enum Verdict { Consistent, ConsistentButTruncated, Inconsistent, Unverifiable }

public sealed record ArithmeticCheck(string Kind, Verdict Verdict, string Explanation, string Quote, int Start);

/// <summary>Recomputes what a report states: a rate against the counts in its sentence, and a total against the parts
/// that follow it.</summary>
public static class ArithmeticChecks
{
    public static List<ArithmeticCheck> Run(IReadOnlyList<ReportFigure> figures, string text)
    {
        var checks = new List<ArithmeticCheck>();
        // Figures are in text order, so a sentence's figures stand next to each other.
        for (var i = 0; i < figures.Count; i++)
        {
            var rate = figures[i];
            if (rate.Unit != "%" || rate.Approximate) continue;
            var counts = new List<ReportFigure>();
            for (var j = i - 1; j >= 0 && figures[j].Sentence == rate.Sentence; j--)
                if (figures[j].Unit != "%" && !figures[j].Approximate
                    && figures[j].Value == decimal.Truncate(figures[j].Value))
                    counts.Insert(0, figures[j]);
            checks.Add(CheckRate(rate, counts));
        }
        foreach (var total in figures.Where(f => IsTotal(f, text) && f.Unit != "%"))
            if (CheckSum(total, figures) is { } sum) checks.Add(sum);
        return checks;
    }

    /// <summary>Does some pair of counts stated before the rate give it, rounded (or truncated) to the places it is
    /// stated with?</summary>
    static ArithmeticCheck CheckRate(ReportFigure rate, List<ReportFigure> counts)
    {
        var places = rate.Quote.Contains('.') ? rate.Quote.Split('.')[1].TakeWhile(char.IsAsciiDigit).Count() : 0;
        string Pct(decimal v) => v.ToString("0." + new string('0', Math.Max(places, 2)));
        if (counts.Count == 0)
            return new("比率", Verdict.Unverifiable,
                $"{rate.Quote}：同一句中没有给出分子和分母，无法验算", rate.Quote, rate.Start);
        foreach (var den in counts.OrderByDescending(c => c.Start))
            foreach (var num in Numerators(counts, den))
            {
                var exact = 100m * num.Sum(c => c.Value) / den.Value;
                var quote = num.Count == 1 ? num[0].Quote : $"({string.Join(" + ", num.Select(c => c.Quote))})";
                if (Math.Round(exact, places, MidpointRounding.AwayFromZero) == rate.Value)
                    return new("比率", Verdict.Consistent,
                        $"{rate.Quote} = {quote} ÷ {den.Quote}（{Pct(exact)}%），一致", rate.Quote, rate.Start);
                if (decimal.Truncate(exact * Pow10(places)) / Pow10(places) == rate.Value)
                    return new("比率", Verdict.ConsistentButTruncated,
                        $"{rate.Quote} ≈ {quote} ÷ {den.Quote} = {Pct(exact)}%：截断而非四舍五入，" +
                        $"应为{Math.Round(exact, places, MidpointRounding.AwayFromZero)}%",
                        rate.Quote, rate.Start);
            }
        if (rate.Value is 100m && counts.Count >= 2 && counts.GroupBy(c => c.Value).Any(g => g.Count() >= 2))
            return new("比率", Verdict.Consistent, $"{rate.Quote}：分子与分母相等", rate.Quote, rate.Start);
        // A rate whose own parts the sentence names (败诉 and 结案 for 败诉率): they must give it.
        if (Parts.TryGetValue(rate.Key ?? "", out var keys)
            && counts.LastOrDefault(c => c.Key == keys.Numerator) is { } n
            && counts.LastOrDefault(c => c.Key == keys.Denominator) is { } d && d.Value > 0)
            return new("比率", Verdict.Inconsistent,
                $"{rate.Quote}与{n.Quote} ÷ {d.Quote} = {Pct(100m * n.Value / d.Value)}%不符",
                rate.Quote, rate.Start);
        // Otherwise the parts are not stated; say when a nearby total cannot be its denominator.
        var largest = counts.MaxBy(c => c.Value)!;
        var possible = largest.Value > 100_000 || Enumerable.Range(0, (int)largest.Value + 1)
            .Any(k => Math.Round(100m * k / largest.Value, places, MidpointRounding.AwayFromZero) == rate.Value);
        return new("比率", Verdict.Unverifiable, possible
            ? $"{rate.Quote}：句中的数字（{string.Join("、", counts.Select(c => c.Quote))}）" +
              $"都不是它的分子或分母，未给出计算依据"
            : $"{rate.Quote}：未给出分子和分母；且它不可能是{largest.Quote}的比率" +
              $"（{largest.Quote}中任何整数都得不出{rate.Quote}）",
            rate.Quote, rate.Start);
    }

    /// <summary>Candidate numerators for a denominator: each other count, then two adjacent counts stated after it
    /// ("一类以上案件率" = 优秀 + 一类 of the files checked).</summary>
    static IEnumerable<List<ReportFigure>> Numerators(List<ReportFigure> counts, ReportFigure den)
    {
        if (den.Value <= 0) yield break;
        foreach (var c in counts.Where(c => c != den && c.Value <= den.Value)) yield return [c];
        var after = counts.Where(c => c.Start > den.Start && c.Unit == den.Unit).ToList();
        for (var i = 0; i + 1 < after.Count; i++)
            if (after[i].Value + after[i + 1].Value <= den.Value) yield return [after[i], after[i + 1]];
    }

    /// <summary>The counts a rate is made of, where the catalogue knows them.</summary>
    static readonly Dictionary<string, (string Numerator, string Denominator)> Parts = new()
    {
        ["litigation.loss_rate"] = ("litigation.cases_lost", "litigation.cases_concluded"),
        ["mediation.success_rate"] = ("mediation.cases_successful", "mediation.cases"),
    };

    static decimal Pow10(int e) => (decimal)Math.Pow(10, e);

    /// <summary>A count announced as a total ("共受理…39件") or followed by its breakdown
    /// ("卷宗145件，其中…").</summary>
    static bool IsTotal(ReportFigure f, string text)
    {
        if (f.Approximate || f.Value < 2 || f.Value != decimal.Truncate(f.Value)) return false;
        var at = f.Sentence.IndexOf(f.Quote, StringComparison.Ordinal);
        if (at > 0 && TotalWords.Any(w => f.Sentence[..at].Contains(w))) return true;
        var next = text.AsSpan(f.End, Math.Min(4, text.Length - f.End)).TrimStart(",，。;；:： ");
        return next.StartsWith("其中");
    }

    static readonly string[] TotalWords = ["共", "合计", "总计", "累计", "总数"];

    /// <summary>The smallest set of the counts that follow the total (same unit, next two sentences) that adds up to
    /// it.</summary>
    static ArithmeticCheck? CheckSum(ReportFigure total, IReadOnlyList<ReportFigure> figures)
    {
        var following = figures.SkipWhile(f => f.Start <= total.Start).TakeWhile(f => f.Start - total.End < 200)
            .Where(f => f.Unit == total.Unit && !f.Approximate && f.Value < total.Value).Take(10).ToList();
        if (following.Count < 2) return null;
        for (var size = 2; size <= following.Count; size++)
            foreach (var set in Subsets(following, size))
                if (set.Sum(f => f.Value) == total.Value)
                    return new("合计", Verdict.Consistent,
                        $"{total.Quote} = {string.Join(" + ", set.Select(f => f.Quote))}", total.Quote, total.Start);
        return null;
    }

    static IEnumerable<List<ReportFigure>> Subsets(List<ReportFigure> items, int size, int from = 0)
    {
        if (size == 0) { yield return []; yield break; }
        for (var i = from; i <= items.Count - size; i++)
            foreach (var rest in Subsets(items, size - 1, i + 1))
                yield return [items[i], .. rest];
    }
}
