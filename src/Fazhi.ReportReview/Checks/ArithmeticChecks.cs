using System.Text.RegularExpressions;
using Fazhi.ReportReview.Figures;
using Fazhi.ReportReview.Tables;

namespace Fazhi.ReportReview.Checks;

public enum Verdict { Consistent, ConsistentButTruncated, Inconsistent, Unverifiable }

public sealed record ArithmeticCheck(string Kind, Verdict Verdict, string Explanation, string Quote, int Start);

/// <summary>Recomputes what a report states: a rate against the counts of its sentence or a total stated earlier in
/// its section, a change against both periods' values, a difference of rates in 个百分点, a total against the parts
/// that follow it, and every table (TableChecks). Every rate gets a verdict, "unverifiable" included.</summary>
public static partial class ArithmeticChecks
{
    public static List<ArithmeticCheck> Run(
        IReadOnlyList<ReportFigure> figures, string text, IReadOnlyList<TableGrid>? tables = null)
    {
        var checks = new List<ArithmeticCheck>();
        var totals = new List<ReportFigure>();
        // Figures are in text order, so a sentence's figures stand next to each other.
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.InTable) continue;
            if (f.Unit is "%" or "‰")
            {
                var sentence = SentenceCounts(figures, i);
                checks.Add(f.Kind == "change"
                    ? CheckChange(f, sentence, Before(figures, i, text), text)
                    : CheckRate(f, sentence, Earlier(totals, f), text));
            }
            else if (f.Unit == "个百分点") checks.Add(CheckPoints(f, figures, i));
            else if (IsTotal(f, text)) totals.Add(f);
        }
        foreach (var total in figures.Where(f => !f.InTable && f.Unit != "%" && IsTotal(f, text)))
            if (CheckSum(total, figures) is { } sum) checks.Add(sum);
        foreach (var table in tables ?? []) checks.AddRange(TableChecks.Run(table));
        return [.. checks.OrderBy(c => c.Start)];
    }

    /// <summary>The exact counts stated in the rate's sentence before it (a count is a whole number, not a
    /// rate).</summary>
    static List<ReportFigure> SentenceCounts(IReadOnlyList<ReportFigure> figures, int i)
    {
        var counts = new List<ReportFigure>();
        for (var j = i - 1; j >= 0 && figures[j].Sentence == figures[i].Sentence && !figures[j].InTable; j--)
            if (IsCount(figures[j])) counts.Insert(0, figures[j]);
        return counts;
    }

    static bool IsCount(ReportFigure f) =>
        f.Unit is not ("%" or "‰" or "个百分点") && !f.Approximate && f.Kind is not ("rank" or "change")
        && f.Value == decimal.Truncate(f.Value) && f.Value >= 0;

    /// <summary>Counts of the rate's sentence and of the sentence before it: where last period's value may
    /// stand.</summary>
    static List<ReportFigure> Before(IReadOnlyList<ReportFigure> figures, int i, string text)
    {
        var from = figures[i].Start - figures[i].Sentence.Length - 200;
        return figures.Take(i).Where(f => f.Start >= from && !f.InTable && IsCount(f)).ToList();
    }

    /// <summary>Totals stated earlier in the same section, nearest first: the base a share may be of ("共收到复议申请
    /// 4800件 … 以乡镇政府为被申请人的516件，占10.8%").</summary>
    static List<ReportFigure> Earlier(List<ReportFigure> totals, ReportFigure rate) =>
        totals.Where(t => t.Section == rate.Section && rate.Start - t.Start < 3000 && t.Sentence != rate.Sentence)
            .Reverse().Take(6).ToList();

    /// <summary>Does some pair of counts stated before the rate give it at the precision it is written with? The
    /// sentence's own counts first, then a total stated earlier as the base.</summary>
    static ArithmeticCheck CheckRate(ReportFigure rate, List<ReportFigure> counts, List<ReportFigure> totals,
        string text)
    {
        var places = Rounding.Places(rate.Quote);
        var qualifier = Rounding.QualifierOf(rate.Quote, After(text, rate.End));
        foreach (var den in counts.OrderByDescending(c => c.Start))
            foreach (var num in Numerators(counts, den))
                if (Verdicted(rate, num, den, places, qualifier, "") is { } ok) return ok;
        foreach (var den in totals)
            foreach (var num in counts.Where(c => c.Unit == den.Unit && c.Value <= den.Value).Reverse())
                if (Verdicted(rate, [num], den, places, qualifier, $"（以前文所述总数{den.Quote}为分母）") is { } ok)
                    return ok;
        if (rate.Value is 100m && counts.Count >= 2 && counts.GroupBy(c => c.Value).Any(g => g.Count() >= 2))
            return new("比率", Verdict.Consistent, $"{rate.Quote}：分子与分母相等", rate.Quote, rate.Start);
        // A rate whose own parts the sentence names (败诉 and 结案 for 败诉率): they must give it.
        if (qualifier == Qualifier.Exact && Parts.TryGetValue(rate.Key ?? "", out var keys)
            && counts.LastOrDefault(c => c.Key == keys.Numerator) is { } n
            && counts.LastOrDefault(c => c.Key == keys.Denominator) is { } d && d.Value > 0)
            return new("比率", Verdict.Inconsistent,
                $"{rate.Quote}与{n.Quote} ÷ {d.Quote} = {Rounding.Format(100m * n.Value / d.Value, places)}%不符",
                rate.Quote, rate.Start);
        if (counts.Count == 0 && totals.Count == 0)
            return new("比率", Verdict.Unverifiable,
                $"{rate.Quote}：同一句和前文都没有给出分子和分母，无法验算", rate.Quote, rate.Start);
        var tried = counts.Concat(totals).Select(c => c.Quote).Distinct();
        return new("比率", Verdict.Unverifiable,
            $"{rate.Quote}：句中和前文所述的数字（{string.Join("、", tried)}）都得不出它，未给出计算依据",
            rate.Quote, rate.Start);
    }

    static ArithmeticCheck? Verdicted(ReportFigure rate, List<ReportFigure> num, ReportFigure den, int places,
        Qualifier qualifier, string basis)
    {
        var exact = 100m * num.Sum(c => c.Value) / den.Value;
        var quote = num.Count == 1 ? num[0].Quote : $"({string.Join(" + ", num.Select(c => c.Quote))})";
        return Rounding.Compare(exact, rate.Value, places, qualifier) switch
        {
            Verdict.Consistent => new("比率", Verdict.Consistent,
                $"{rate.Quote} = {quote} ÷ {den.Quote}（{Rounding.Format(exact, places)}%），一致{basis}",
                rate.Quote, rate.Start),
            Verdict.ConsistentButTruncated => new("比率", Verdict.ConsistentButTruncated,
                $"{rate.Quote} ≈ {quote} ÷ {den.Quote} = {Rounding.Format(exact, places)}%：截断而非四舍五入，" +
                $"应为{Math.Round(exact, places, MidpointRounding.AwayFromZero)}%{basis}", rate.Quote, rate.Start),
            _ => null,
        };
    }

    /// <summary>A change ("同比增长54.35%", "下降17.65%") against this period's value and last period's: the count
    /// before it and another count of the same unit in its sentence or the one before ("上年92件"). Inconsistent
    /// only when last period's value is named as such and does not give it.</summary>
    static ArithmeticCheck CheckChange(ReportFigure change, List<ReportFigure> sentence, List<ReportFigure> before,
        string text)
    {
        var places = Rounding.Places(change.Quote);
        var clause = change.Sentence[..Math.Max(0, change.Sentence.IndexOf(change.Quote, StringComparison.Ordinal))];
        var sign = Falling().IsMatch(clause[Math.Max(0, clause.Length - 12)..]) ? -1 : 1;
        var stated = sign * Math.Abs(change.Value);
        var qualifier = Rounding.QualifierOf(change.Quote, After(text, change.End));
        foreach (var now in sentence.AsEnumerable().Reverse())
            foreach (var last in before.Where(b => b != now && b.Unit == now.Unit && b.Value > 0))
            {
                var exact = 100m * (now.Value - last.Value) / last.Value;
                if (Rounding.Compare(sign * exact, Math.Abs(stated), places, qualifier) is { } v && v != default
                    || Rounding.Compare(exact, stated, places, qualifier) is Verdict.Consistent)
                    return new("变化", Verdict.Consistent,
                        $"{change.Quote} = ({now.Quote} − {last.Quote}) ÷ {last.Quote}" +
                        $"（{Rounding.Format(exact, places)}%），一致", change.Quote, change.Start);
            }
        var named = before.LastOrDefault(b => LastPeriod().IsMatch(ClauseBefore(text, b.Start)));
        var current = sentence.LastOrDefault(s => s != named && named is not null && s.Unit == named.Unit);
        if (named is { Value: > 0 } && current is not null)
        {
            var exact = 100m * (current.Value - named.Value) / named.Value;
            return new("变化", Verdict.Inconsistent,
                $"{change.Quote}与({current.Quote} − {named.Quote}) ÷ {named.Quote} = " +
                $"{Rounding.Format(exact, places)}%不符", change.Quote, change.Start);
        }
        return new("变化", Verdict.Unverifiable, $"{change.Quote}：未给出上一时期的数值，无法验算", change.Quote,
            change.Start);
    }

    /// <summary>"提高/下降N个百分点": the difference of two rates stated in its sentence or the one
    /// before.</summary>
    static ArithmeticCheck CheckPoints(ReportFigure points, IReadOnlyList<ReportFigure> figures, int i)
    {
        var from = points.Start - points.Sentence.Length - 200;
        var rates = figures.Take(i).Where(f => f.Start >= from && !f.InTable && f.Unit == "%" && f.Kind == "rate")
            .ToList();
        var places = Rounding.Places(points.Quote);
        for (var a = rates.Count - 1; a >= 0; a--)
            for (var b = 0; b < rates.Count; b++)
                if (a != b && Rounding.Compare(Math.Abs(rates[a].Value - rates[b].Value), Math.Abs(points.Value),
                        places) == Verdict.Consistent)
                    return new("变化", Verdict.Consistent,
                        $"{points.Quote} = {rates[a].Quote} − {rates[b].Quote}，一致", points.Quote, points.Start);
        return new("变化", Verdict.Unverifiable, $"{points.Quote}：未给出前后两个比率，无法验算", points.Quote,
            points.Start);
    }

    static string After(string text, int end) => text.Substring(end, Math.Min(4, text.Length - end));

    static string ClauseBefore(string text, int at)
    {
        var from = Math.Max(0, at - 16);
        var s = text[from..at];
        var cut = s.LastIndexOfAny(['，', ',', '；', '。', '\n']);
        return cut < 0 ? s : s[(cut + 1)..];
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

    /// <summary>A count announced as a total ("共受理…39件") or followed by its breakdown
    /// ("卷宗145件，其中…").</summary>
    static bool IsTotal(ReportFigure f, string text)
    {
        if (f.Approximate || f.Value < 2 || f.Value != decimal.Truncate(f.Value) || f.Kind != "count") return false;
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
            .Where(f => f.Unit == total.Unit && !f.Approximate && !f.InTable && f.Value < total.Value).Take(10)
            .ToList();
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

    [GeneratedRegex(@"下降|减少|降低|下滑|回落|减")] private static partial Regex Falling();
    [GeneratedRegex(@"上年|去年|同期|上一年|前一年|上年度|(19|20)\d{2}年")] private static partial Regex LastPeriod();
}
