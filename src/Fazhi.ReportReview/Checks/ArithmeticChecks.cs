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
        var bases = new List<RateBasis>();
        var earlier = new List<ReportFigure>();
        // Figures are in text order, so a sentence's figures stand next to each other.
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.InTable) continue;
            if (f.Unit is "%" or "‰")
            {
                var sentence = SentenceCounts(figures, i);
                if (f.Kind == "change")
                    checks.Add(RateSubject(figures, i) is { } subject
                        ? CheckRateChange(f, subject, RatesBefore(figures, i, subject))
                        : CheckChange(f, sentence, Before(figures, i), Steps(figures, i), text));
                else
                {
                    var (check, basis) = CheckRate(f, sentence, Earlier(earlier, f, text), text);
                    checks.Add(check);
                    bases.Add(basis);
                }
            }
            else if (f.Unit == "个百分点") checks.Add(CheckPoints(f, figures, i));
            else if (IsCount(f)) earlier.Add(f);
            else if (f.Kind == "change" && CheckDifference(f, figures, i, text) is { } difference)
                checks.Add(difference);
        }
        SharesOfOneBase(checks, bases);
        for (var i = 0; i < figures.Count; i++)
            if (!figures[i].InTable && figures[i].Unit != "%" && IsTotal(figures[i], text)
                && CheckSum(figures, i) is { } sum)
                checks.Add(sum);
        foreach (var table in tables ?? [])
            checks.AddRange(TableChecks.Run(table, Earlier(earlier, table.Table.Start, text)));
        return [.. checks.OrderBy(c => c.Start)];
    }

    /// <summary>What a rate was checked against: the denominator that gave it (null when none did) and its own
    /// count, the one stated just before it.</summary>
    sealed record RateBasis(ReportFigure Rate, ReportFigure? Denominator, ReportFigure? Count);

    /// <summary>A list of shares of one base ("住房保障43件(30.2%)；物业服务17件(12.3%)…" of 139件):
    /// when three or more rates of a section are consistent with the same denominator, a rate of that section
    /// that no stated count gives and that denominator does not give either is inconsistent, not
    /// unverifiable.</summary>
    static void SharesOfOneBase(List<ArithmeticCheck> checks, List<RateBasis> bases)
    {
        foreach (var section in bases.GroupBy(b => b.Rate.Section))
        {
            var agreed = section.Where(b => b.Denominator is not null).GroupBy(b => b.Denominator!)
                .MaxBy(g => g.Count());
            if (agreed is null || agreed.Count() < 3) continue;
            var den = agreed.Key;
            foreach (var b in section.Where(b => b.Denominator is null && b.Count is not null
                                                   && SameUnit(b.Count, den) && b.Count.Value <= den.Value))
            {
                var exact = 100m * b.Count!.Value / den.Value;
                var places = Rounding.Places(b.Rate.Quote);
                checks[checks.FindIndex(c => c.Start == b.Rate.Start)] = new("比率", Verdict.Inconsistent,
                    $"{b.Rate.Quote}与{b.Count.Quote} ÷ {den.Quote} = {Rounding.Format(exact, places)}%不符" +
                    $"（本部分{agreed.Count()}个比率都以{den.Quote}为分母）", b.Rate.Quote, b.Rate.Start);
            }
        }
    }


    /// <summary>How many figures around a statement are looked at: enough for any real sentence, and a text of a
    /// hundred thousand figures in one line stays linear.</summary>
    const int Reach = 60;

    /// <summary>The figures before the i-th, nearest first, back to an offset (at most Reach of them).</summary>
    static IEnumerable<ReportFigure> Near(IReadOnlyList<ReportFigure> figures, int i, int from)
    {
        for (var j = i - 1; j >= 0 && i - j <= Reach && figures[j].Start >= from; j--) yield return figures[j];
    }

    /// <summary>The exact counts stated in the rate's sentence before it (a count is a whole number, not a
    /// rate).</summary>
    static List<ReportFigure> SentenceCounts(IReadOnlyList<ReportFigure> figures, int i)
    {
        var counts = new List<ReportFigure>();
        foreach (var f in Near(figures, i, figures[i].Start - figures[i].Sentence.Length))
            if (f.Sentence == figures[i].Sentence && !f.InTable && IsCount(f)) counts.Insert(0, f);
        return counts;
    }

    static bool IsCount(ReportFigure f) =>
        f.Unit is not ("%" or "‰" or "个百分点") && !f.Approximate && f.Kind is not ("rank" or "change")
        && f.Value == decimal.Truncate(f.Value) && f.Value >= 0;

    /// <summary>Counts of the rate's sentence (after it too: "同比增长20%，上年为4000件") and of the sentence
    /// before
    /// it: where last period's value may stand.</summary>
    static List<ReportFigure> Before(IReadOnlyList<ReportFigure> figures, int i)
    {
        var from = figures[i].Start - figures[i].Sentence.Length - 200;
        var after = figures.Skip(i + 1).Take(Reach).TakeWhile(f => f.Sentence == figures[i].Sentence);
        return Near(figures, i, from).Reverse().Concat(after).Where(f => !f.InTable && IsCount(f)).ToList();
    }

    /// <summary>Counts stated before a rate in its part of the report (the same top-level section, at most 4000
    /// characters back) that may be its base: totals ("共收到复议申请4800件") first, then the others, nearest
    /// first.
    /// </summary>
    static List<ReportFigure> Earlier(List<ReportFigure> earlier, ReportFigure rate, string text) =>
        Earlier(earlier, rate.Start, text, rate.Section, rate.Sentence);

    static List<ReportFigure> Earlier(List<ReportFigure> earlier, int at, string text, string? section = null,
        string? sentence = null)
    {
        var top = section?.Split(" > ")[0];
        var near = new List<ReportFigure>();
        for (var k = earlier.Count - 1; k >= 0 && near.Count < 36 && at - earlier[k].Start < 4000; k--)
        {
            var t = earlier[k];
            if (t.Start < at && t.Sentence != sentence && (top is null || t.Section.Split(" > ")[0] == top))
                near.Add(t);
        }
        return [.. near.Where(t => IsTotal(t, text)).Take(6), .. near.Where(t => !IsTotal(t, text)).Take(30)];
    }

    /// <summary>Does some pair of counts stated before the rate give it at the precision it is written with? The
    /// sentence's own counts first, then a total stated earlier as the base.</summary>
    static (ArithmeticCheck, RateBasis) CheckRate(
        ReportFigure rate, List<ReportFigure> counts, List<ReportFigure> totals, string text)
    {
        var own = counts.LastOrDefault() ?? totals.FirstOrDefault(t => !IsTotal(t, text));
        var basis = new RateBasis(rate, null, own);
        var places = Rounding.Places(rate.Quote);
        var qualifier = Rounding.QualifierOf(rate.Quote, After(text, rate.End));
        foreach (var den in counts.OrderByDescending(c => c.Start))
            foreach (var num in Numerators(counts, den))
                if (Verdicted(rate, num, den, places, qualifier, "") is { } ok)
                    return (ok, basis with { Denominator = den });
        // The rate's own count is the one just before it, in its sentence or (after a 分号) the one before.
        var numerators = counts.Count > 0 ? counts.AsEnumerable().Reverse() : own is null ? [] : [own];
        foreach (var den in totals)
            foreach (var num in numerators.Where(c => c != den && SameUnit(c, den) && c.Value <= den.Value))
                if (Verdicted(rate, [num], den, places, qualifier, $"（以前文所述的{den.Quote}为分母" +
                    "）") is { } ok)
                    return (ok, basis with { Denominator = den });
        return (Unchecked(rate, counts, totals, places, qualifier), basis);
    }

    /// <summary>Counts of one thing: the same unit, or one of them written without its unit ("行政处罚2100").
    /// </summary>
    static bool SameUnit(ReportFigure a, ReportFigure b) => a.Unit == b.Unit || a.Unit == "" || b.Unit == "";

    static ArithmeticCheck Unchecked(
        ReportFigure rate, List<ReportFigure> counts, List<ReportFigure> totals, int places, Qualifier qualifier)
    {
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
                $"{rate.Quote}：同一句和前文都没有给出分子和分母，" +
                    "无法验算", rate.Quote, rate.Start);
        var tried = counts.Concat(totals).Select(c => c.Quote).Distinct();
        return new("比率", Verdict.Unverifiable,
            $"{rate.Quote}：句中和前文所述的数字（{string.Join("、", tried)}）都得不出它，" +
                "未给出计算依据",
            rate.Quote, rate.Start);
    }

    static ArithmeticCheck? Verdicted(ReportFigure rate, List<ReportFigure> num, ReportFigure den, int places,
        Qualifier qualifier, string basis)
    {
        // Nothing can be a share of nothing: a zero count gives no basis for the rate.
        if (den.Value == 0) return null;
        var exact = 100m * num.Sum(c => c.Value) / den.Value;
        var quote = num.Count == 1 ? num[0].Quote : $"({string.Join(" + ", num.Select(c => c.Quote))})";
        return Rounding.Compare(exact, rate.Value, places, qualifier) switch
        {
            Verdict.Consistent => new("比率", Verdict.Consistent,
                $"{rate.Quote} = {quote} ÷ {den.Quote}（{Rounding.Format(exact, places)}%），一致{basis}",
                rate.Quote, rate.Start),
            Verdict.ConsistentButTruncated => new("比率", Verdict.ConsistentButTruncated,
                $"{rate.Quote} ≈ {quote} ÷ {den.Quote} = {Rounding.Format(exact, places)}%：" +
                    "截断而非四舍五入，" +
                $"应为{Math.Round(exact, places, MidpointRounding.AwayFromZero)}%{basis}", rate.Quote, rate.Start),
            _ => null,
        };
    }

    /// <summary>A change ("同比增长54.35%", "下降17.65%") against this period's value and last period's: the
    /// count
    /// before it and another count of the same unit in its sentence or the one before ("上年92件"). Inconsistent
    /// only when last period's value is named as such and does not give it.</summary>
    static ArithmeticCheck CheckChange(ReportFigure change, List<ReportFigure> sentence, List<ReportFigure> before,
        List<ReportFigure> steps, string text)
    {
        var places = Rounding.Places(change.Quote);
        var clause = change.Sentence[..Math.Max(0, change.Sentence.IndexOf(change.Quote, StringComparison.Ordinal))];
        var falling = Falling().IsMatch(clause[Math.Max(0, clause.Length - 12)..]);
        var stated = Math.Abs(change.Value);
        var qualifier = Rounding.QualifierOf(change.Quote, After(text, change.End));
        foreach (var (now, last, shown) in Periods(sentence, before, steps, text))
        {
            var exact = 100m * (now.Value - last.Value) / last.Value;
            if ((exact < 0) == falling || exact == 0)
                if (Rounding.Compare(Math.Abs(exact), stated, places, qualifier) is { } verdict)
                {
                    var how = verdict == Verdict.Consistent ? "，一致" : "：截断而非四舍五入";
                    var formula = $"({now.Quote} − {shown}) ÷ {shown}（{Rounding.Format(exact, places)}%）";
                    return new("变化", verdict, $"{change.Quote} = {formula}{how}", change.Quote, change.Start);
                }
        }
        // Last period's value named as such in the same sentence ("上年92件") must give it.
        var named = sentence.LastOrDefault(b => LastPeriod().IsMatch(ClauseBefore(text, b.Start)));
        var current = sentence.LastOrDefault(s => named is not null && s != named && s.Unit == named.Unit);
        if (named is { Value: > 0 } && current is not null)
        {
            var exact = 100m * (current.Value - named.Value) / named.Value;
            return new("变化", Verdict.Inconsistent,
                $"{change.Quote}与({current.Quote} − {named.Quote}) ÷ {named.Quote} = " +
                $"{Rounding.Format(exact, places)}%不符", change.Quote, change.Start);
        }
        return new("变化", Verdict.Unverifiable, $"{change.Quote}：未给出上一时期的数值，" +
            "无法验算", change.Quote,
            change.Start);
    }

    /// <summary>Pairs of this period's value (a count of the change's sentence, nearest first) and last period's: a
    /// count of the same unit nearby, or this period's value less the increase the sentence states ("5422件，比
    /// 2019年
    /// 增加842件，增幅为18.38%").</summary>
    static IEnumerable<(ReportFigure Now, ReportFigure Last, string Shown)> Periods(
        List<ReportFigure> sentence, List<ReportFigure> before, List<ReportFigure> steps, string text)
    {
        foreach (var now in sentence.AsEnumerable().Reverse())
        {
            foreach (var last in before.Where(b => b != now && b.Unit == now.Unit && b.Value > 0))
                yield return (now, last, last.Quote);
            foreach (var step in steps.Where(d => d.Start > now.Start && d.Unit == now.Unit && d.Value < now.Value))
            {
                var down = Falling().IsMatch(ClauseBefore(text, step.Start));
                yield return (now, step with { Value = down ? now.Value + step.Value : now.Value - step.Value },
                    $"({now.Quote} {(down ? "+" : "−")} {step.Quote})");
            }
        }
    }

    /// <summary>The rate a change is of, when the figure just before the change in its sentence is a rate
    /// ("平均得分率为61.74%，上升2.04%").</summary>
    static ReportFigure? RateSubject(IReadOnlyList<ReportFigure> figures, int i) =>
        i > 0 && figures[i - 1].Sentence == figures[i].Sentence && figures[i - 1].Unit == "%"
        && figures[i - 1].Kind == "rate" && !figures[i - 1].InTable
            ? figures[i - 1] : null;

    /// <summary>The rates stated before the subject, in its sentence and the one before, nearest first.</summary>
    static List<ReportFigure> RatesBefore(IReadOnlyList<ReportFigure> figures, int i, ReportFigure subject)
    {
        var from = subject.Start - subject.Sentence.Length - 200;
        return Near(figures, i - 1, from).Where(f => f.Unit == "%" && f.Kind == "rate" && !f.InTable).ToList();
    }

    /// <summary>A change of a rate: relative to last period's rate, or — when the figure is only the difference of
    /// the two rates — inconsistent, for a difference of rates is stated in 个百分点.</summary>
    static ArithmeticCheck CheckRateChange(ReportFigure change, ReportFigure now, List<ReportFigure> before)
    {
        var places = Rounding.Places(change.Quote);
        foreach (var last in before.Where(b => b.Value > 0))
        {
            var exact = 100m * Math.Abs(now.Value - last.Value) / last.Value;
            if (Rounding.Compare(exact, Math.Abs(change.Value), places) is { } verdict)
                return new("变化", verdict, $"{change.Quote} = ({now.Quote} − {last.Quote}) ÷ {last.Quote}" +
                                           $"（{Rounding.Format(exact, places)}%）", change.Quote, change.Start);
        }
        if (before.FirstOrDefault() is { } previous
            && Rounding.Compare(Math.Abs(now.Value - previous.Value), Math.Abs(change.Value), places) is not null)
            return new("变化", Verdict.Inconsistent,
                $"{change.Quote}是{now.Quote}与{previous.Quote}之差，应写作{change.Value}个百分点；" +
                    "按增长率计算为" +
                $"{Rounding.Format(100m * (now.Value - previous.Value) / previous.Value, places)}%", change.Quote,
                change.Start);
        return new("变化", Verdict.Unverifiable, $"{change.Quote}：未给出上一时期的比率，" +
            "无法验算", change.Quote,
            change.Start);
    }

    /// <summary>Changes stated as counts in the sentence before a rate of change ("增加842件").</summary>
    static List<ReportFigure> Steps(IReadOnlyList<ReportFigure> figures, int i)
    {
        var steps = new List<ReportFigure>();
        foreach (var f in Near(figures, i, figures[i].Start - figures[i].Sentence.Length))
            if (f.Sentence == figures[i].Sentence && f.Kind == "change"
                && f.Unit is not ("%" or "‰" or "个百分点" or "倍"))
                steps.Add(f);
        return steps;
    }

    /// <summary>A change stated as a count ("比上年增加了50件") against the two periods' values stated beside it
    /// in
    /// its sentence; reported only when a pair gives it, or when last period's value is named and does not.</summary>
    static ArithmeticCheck? CheckDifference(ReportFigure step, IReadOnlyList<ReportFigure> figures, int i, string text)
    {
        var sentence = Near(figures, i, step.Start - step.Sentence.Length)
            .Concat(figures.Skip(i + 1).Take(Reach))
            .Where(f => f.Sentence == step.Sentence && !f.InTable && IsCount(f) && f.Unit == step.Unit)
            .OrderBy(f => f.Start).ToList();
        var down = Falling().IsMatch(ClauseBefore(text, step.Start));
        foreach (var now in sentence)
            foreach (var last in sentence.Where(l => l != now))
                if ((down ? last.Value - now.Value : now.Value - last.Value) == step.Value)
                    return new("差额", Verdict.Consistent, $"{step.Quote} = {now.Quote} − {last.Quote}，一致",
                        step.Quote, step.Start);
        var named = sentence.FirstOrDefault(b => LastPeriod().IsMatch(ClauseBefore(text, b.Start)));
        var current = sentence.FirstOrDefault(s => named is not null && s != named && s.Start < step.Start);
        return named is not null && current is not null
            ? new("差额", Verdict.Inconsistent,
                $"{step.Quote}与{current.Quote} − {named.Quote} = {current.Value - named.Value}{step.Unit}不符",
                step.Quote, step.Start)
            : null;
    }

    /// <summary>"提高/下降N个百分点": the difference of two rates stated in its sentence or the one
    /// before.</summary>
    static ArithmeticCheck CheckPoints(ReportFigure points, IReadOnlyList<ReportFigure> figures, int i)
    {
        var from = points.Start - points.Sentence.Length - 200;
        var rates = Near(figures, i, from).Reverse()
            .Where(f => !f.InTable && f.Unit == "%" && f.Kind == "rate").ToList();
        var places = Rounding.Places(points.Quote);
        for (var a = rates.Count - 1; a >= 0; a--)
            for (var b = 0; b < rates.Count; b++)
                if (a != b && Rounding.Compare(Math.Abs(rates[a].Value - rates[b].Value), Math.Abs(points.Value),
                        places) == Verdict.Consistent)
                    return new("变化", Verdict.Consistent,
                        $"{points.Quote} = {rates[a].Quote} − {rates[b].Quote}，一致", points.Quote, points.Start);
        return new("变化", Verdict.Unverifiable, $"{points.Quote}：未给出前后两个比率，" +
            "无法验算", points.Quote,
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
    static ArithmeticCheck? CheckSum(IReadOnlyList<ReportFigure> figures, int i)
    {
        var total = figures[i];
        var following = figures.Skip(i + 1).Take(Reach).TakeWhile(f => f.Start - total.End < 200)
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
    [GeneratedRegex(@"上年|去年|同期|上一年|前一年|上年度|(19|20)\d{2}年")]
    private static partial Regex LastPeriod();
}
