namespace Fazhi.ReportReview.Checks;

/// <summary>How a stated figure qualifies its value: exactly, at least (以上, 超过, 逾, 余, 多), at most (近),
/// or
/// about (约, 左右).</summary>
public enum Qualifier { Exact, AtLeast, AtMost, About }

/// <summary>Compares a recomputed value with a stated one at the precision the statement is written with: "33%" is
/// consistent with 32.96%, "32.9%" with 32.96% only by truncation.</summary>
public static class Rounding
{
    public static int Places(string quote)
    {
        var dot = quote.IndexOf('.');
        return dot < 0 ? 0 : quote[(dot + 1)..].TakeWhile(char.IsAsciiDigit).Count();
    }

    public static Qualifier QualifierOf(string quote, string after)
    {
        if (quote.StartsWith('近')) return Qualifier.AtMost;
        if (quote.StartsWith('约') || after.StartsWith("左右")) return Qualifier.About;
        if (quote.StartsWith("超") || quote.StartsWith('逾') || quote.EndsWith("以上") || quote.Contains('余')
            || quote.Contains('多'))
            return Qualifier.AtLeast;
        return Qualifier.Exact;
    }

    /// <summary>Consistent, ConsistentButTruncated, or null when the recomputed value does not give the stated
    /// one.</summary>
    public static Verdict? Compare(decimal exact, decimal stated, int places, Qualifier qualifier = Qualifier.Exact)
    {
        var unit = Pow10(-places);
        var rounded = Math.Round(exact, places, MidpointRounding.AwayFromZero);
        switch (qualifier)
        {
            case Qualifier.AtLeast: return rounded >= stated ? Verdict.Consistent : null;
            case Qualifier.AtMost: return rounded <= stated && exact >= stated - 5 * unit ? Verdict.Consistent : null;
            case Qualifier.About: return Math.Abs(exact - stated) <= unit ? Verdict.Consistent : null;
        }
        if (rounded == stated) return Verdict.Consistent;
        return decimal.Truncate(exact / unit) * unit == stated ? Verdict.ConsistentButTruncated : null;
    }

    public static string Format(decimal value, int places) =>
        value.ToString("0." + new string('0', Math.Max(places, 2)));

    static decimal Pow10(int e) => (decimal)Math.Pow(10, e);
}
