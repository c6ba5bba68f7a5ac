using System.Globalization;
using System.Text.RegularExpressions;

namespace Fazhi.ReportReview.Figures;

/// <summary>A number with its unit as written: At is where the digits start, Start..End the quote (达/达到 left
/// out).</summary>
public sealed record NumberMention(
    int At, int Start, int End, decimal Value, string Unit, bool Approximate, string? Kind = null);

/// <summary>Reads every counted quantity of a text in order: Arabic numbers with magnitude (万/亿), approximation
/// marks (余/多/近/约/以上) and a unit, and counts written in Chinese numerals ("十三批次",
/// "三个派出所").</summary>
public static partial class NumberReader
{
    public static IEnumerable<NumberMention> Read(string text)
    {
        var digits = Arabic(text).Concat(Fractions(text)).Concat(Tenths(text)).Concat(Ranks(text))
            .Concat(BareCounts(text)).OrderBy(n => n.At).ToList();
        var chinese = new List<NumberMention>();
        var j = 0;
        foreach (var c in Chinese(text))
        {
            while (j < digits.Count && digits[j].End <= c.Start) j++;
            // "近十个" is read once, as an Arabic-form match.
            if (j == digits.Count || digits[j].Start >= c.End) chinese.Add(c);
        }
        return chinese.Count == 0 ? digits : digits.Concat(chinese).OrderBy(n => n.At);
    }

    static IEnumerable<NumberMention> Arabic(string text)
    {
        foreach (Match m in ArabicNumber().Matches(text))
        {
            if (m.Index > 0 && (char.IsAsciiLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is '第' or '.'))
                continue;
            if (m.Groups["unit"].Value is "年" or "个月" && !IsDuration(text, m)) continue;
            var value = m.Groups["num"].Success
                ? decimal.Parse(m.Groups["num"].Value.Replace(",", ""), CultureInfo.InvariantCulture)
                : 1m;
            value *= Magnitude(m.Groups["mag"].Value);
            var (unit, scale) = Unit(m.Groups["unit"].Value);
            var approximate = m.Groups["pre"].Value is "近" or "约" or "超过" or "超" or "逾" or "上" or "数"
                              || m.Groups["post"].Success || m.Groups["over"].Success;
            var start = m.Index + (m.Groups["pre"].Value is "达" or "达到" ? m.Groups["pre"].Length : 0);
            if (m.Groups["sign"].Success) value = -value;
            yield return new NumberMention(m.Index, start, m.Index + m.Length, value * scale, unit, approximate);
        }
    }

    /// <summary>A number of years or months is a duration ("连续8年", "近3年来", "6个月内"); a number before
    /// 年 alone
    /// is a year (2023年) or part of a date.</summary>
    static bool IsDuration(string text, Match m)
    {
        if (!m.Groups["num"].Success) return false;
        if (m.Groups["unit"].Value == "个月") return true;
        if (m.Groups["num"].Length > 2) return false;
        var before = text.AsSpan(0, m.Index);
        var after = text.AsSpan(m.Index + m.Length);
        return m.Groups["pre"].Value is "近" or "超过" or "逾" || m.Groups["over"].Success
               || before.EndsWith("连续") || before.EndsWith("满") || before.EndsWith("历时")
               || after.StartsWith("来") || after.StartsWith("以来") || after.StartsWith("内")
               || after.StartsWith("间");
    }

    /// <summary>Shares in tenths: "近六成", "8成以上" (a 成 is 10%).</summary>
    static IEnumerable<NumberMention> Tenths(string text)
    {
        foreach (Match m in Tenth().Matches(text))
            if (NumeralValue(m.Groups["n"].Value) is { } n and > 0)
                yield return new NumberMention(m.Index, m.Index, m.Index + m.Length, n * 10, "%",
                    m.Groups["about"].Success || m.Groups["over"].Success
                    || text.AsSpan(m.Index + m.Length).StartsWith("左右"));
    }

    /// <summary>A count written without its unit where a share of it follows ("行政处罚2100，占收到申请总数
    /// 的33.9%",
    /// "共审结复议案件4696，审结率为83.4%").</summary>
    static IEnumerable<NumberMention> BareCounts(string text)
    {
        foreach (Match m in BareCount().Matches(text))
            yield return new NumberMention(m.Index, m.Index, m.Index + m.Length,
                decimal.Parse(m.Value, CultureInfo.InvariantCulture), "", false);
    }

    /// <summary>Rankings: "全市第一", "排名全省第3位", "位居第二名".</summary>
    static IEnumerable<NumberMention> Ranks(string text)
    {
        foreach (Match m in Rank().Matches(text))
        {
            var numeral = m.Groups["num"];
            if (NumeralValue(numeral.Value) is not { } value || value <= 0) continue;
            var start = numeral.Index - 1; // 第
            yield return new NumberMention(start, start, m.Index + m.Length, value, m.Groups["unit"].Value, false,
                "rank");
        }
    }

    /// <summary>Shares written as fractions ("占全省的1/4左右", "三分之一以上"), read as
    /// percentages.</summary>
    static IEnumerable<NumberMention> Fractions(string text)
    {
        foreach (Match m in Fraction().Matches(text))
        {
            if (NumeralValue(m.Groups["whole"].Value) is not { } whole || whole <= 0
                || NumeralValue(m.Groups["part"].Value) is not { } part)
                continue;
            var approximate = m.Groups["about"].Success || m.Groups["over"].Success
                              || text.AsSpan(m.Index + m.Length).StartsWith("左右");
            yield return new NumberMention(
                m.Index, m.Index, m.Index + m.Length, Math.Round(part * 100 / whole, 2), "%", approximate);
        }
    }

    /// <summary>Counts in Chinese numerals. A lone 一 is an article ("一项重要工作"), and numerals inside
    /// quotes, titles or numeral-noun runs name slogans and documents ("“三项制度”", "《十二条措施》",
    /// "三室四所"): none is a figure.</summary>
    static IEnumerable<NumberMention> Chinese(string text)
    {
        foreach (Match m in ChineseNumber().Matches(text))
        {
            var numeral = m.Groups["num"].Value;
            if (numeral == "一" || Quoted(text, m.Index) || Slogan(text, m.Index)) continue;
            if (ChineseValue(numeral) is not { } value) continue;
            yield return new NumberMention(
                m.Index, m.Index, m.Index + m.Length, value, m.Groups["unit"].Value, m.Groups["post"].Success);
        }
    }

    /// <summary>Numeral and noun in turn ("一区一办三室四所", "一圈两场三改") make a slogan, not a
    /// count.</summary>
    static bool Slogan(string text, int at) => at >= 2 && "一二三四五六七八九十两".Contains(text[at - 2]);

    /// <summary>Whether the position sits inside “…” or 《…》 opened earlier in the same sentence.</summary>
    static bool Quoted(string text, int at)
    {
        for (var i = at - 1; i >= 0 && at - i < 200; i--)
        {
            switch (text[i])
            {
                case '”' or '》' or '。' or '\n': return false;
                case '“' or '《': return true;
            }
        }
        return false;
    }

    static decimal? NumeralValue(string numeral) =>
        char.IsAsciiDigit(numeral[0]) ? decimal.Parse(numeral, CultureInfo.InvariantCulture) : ChineseValue(numeral);

    /// <summary>十三 → 13, 两百二十 → 220, 百 → 100, 两万三千 → 23000; null when the characters do
    /// not form a number (十十).</summary>
    internal static decimal? ChineseValue(string numeral)
    {
        decimal total = 0, digit = 0, tenThousands = 0;
        var lastScale = decimal.MaxValue;
        foreach (var ch in numeral)
        {
            var d = "零一二三四五六七八九".IndexOf(ch);
            if (ch == '两') d = 2;
            if (d >= 0)
            {
                if (digit > 0) return null; // 三三
                digit = d;
                continue;
            }
            if (ch == '万')
            {
                if (tenThousands > 0 || total + digit == 0) return null;
                tenThousands = (total + digit) * 10_000m;
                (total, digit, lastScale) = (0, 0, decimal.MaxValue);
                continue;
            }
            var scale = ch switch { '十' => 10m, '百' => 100m, '千' => 1000m, _ => 0m };
            if (scale == 0 || scale >= lastScale) return null;
            total += (digit == 0 ? 1 : digit) * scale;
            digit = 0;
            lastScale = scale;
        }
        return tenThousands + total + digit;
    }

    static decimal Magnitude(string mag) => mag switch
    {
        "万" => 10_000m, "亿" => 100_000_000m, "千" => 1_000m, "百" => 100m, "十" => 10m, _ => 1m,
    };

    /// <summary>万元/亿元 become 元; "人(次)" is written for 人次.</summary>
    static (string Unit, decimal Scale) Unit(string unit) => unit switch
    {
        "万元" => ("元", 10_000m),
        "亿元" => ("元", 100_000_000m),
        _ when unit[^1] is ')' or '）' => (unit[0] + "次", 1m),
        _ => (unit, 1m),
    };

    [GeneratedRegex(
        @"(?:(?<pre>近|约|超过|超|逾|达到|达)?(?:(?<=^|[\s|(（:：,，为是])(?<sign>[-−]))?" +
        @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<mag>万|亿)?" +
        @"|(?<pre>近|约|逾|上|数)(?<mag>[十百千万亿]))(?<post>余|多)?(?<mag>万|亿)?[ ]?" +
        @"(?<unit>%|‰|万元|亿元|元|[人场件户][(（]次[)）]" +
        @"|人次|户次|件次|场次|份次|批次|家次" +
        @"|微克/立方米|毫克/立方米|平方公里|平方米|立方米|公顷|千瓦时|学时|课时|个月" +
        @"|次|件|人|个工作日|工作日|个百分点|个|家|条|项|部|场|份|名|天|户|宗|起|所" +
        @"|篇|期|批|处|倍|卷|本|张|座|亩|小时|方面|支|套|台|辆|轮|门|大类|类|分(?!钟|之)" +
        @"|公斤|吨|公里|省|市|通|幅|册|块|间|栋|年)(?<over>以上)?")]
    private static partial Regex ArabicNumber();

    [GeneratedRegex(@"(?<about>近|约|超过|逾)?(?<![一二三四五六七八九十\d])" +
                    @"(?<n>[一二三四五六七八九]|\d)成" +
                    @"(?<over>以上|多)?(?=左右|[的，。,；;、]|$)")]
    private static partial Regex Tenth();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])\d{1,7}" +
                    @"(?=[,，]\s*(?:占|审结率|结案率|纠错率|同比|比上年|较上年))")]
    private static partial Regex BareCount();

    [GeneratedRegex(@"(?:全[国省市县区州盟旗]|排名|排在|排|位居|位列|名列|居于|居|列)" +
                    @"[^，。；,;\n第]{0,6}" +
                    @"第(?<num>\d{1,3}|[一二三四五六七八九十]{1,3})(?<unit>位|名)?" +
                    @"(?![\d一二三四五六七八九十批次届条款项个])")]
    private static partial Regex Rank();

    [GeneratedRegex(@"(?<=(?<about>[约近])|[的占超逾达为])(?<part>\d{1,3})/(?<whole>\d{1,3})(?![\d/])" +
                    @"|(?<whole>[二三四五六七八九十两]+|百)分之" +
                    @"(?<part>[一二三四五六七八九十]+)(?<over>以上)?")]
    private static partial Regex Fraction();

    /// <summary>A Chinese numeral not continuing a word (第三, 每一, 近十) followed by a counting unit and not
    /// by a slogan's noun ("三项制度", "四个意识").</summary>
    [GeneratedRegex(@"(?<![第每近约逾上数余多一二三四五六七八九十百千万两零])" +
                    @"(?<num>[零一二三四五六七八九十两百千万]{1,6})(?<post>余|多)?" +
                    @"(?<unit>批次|场次|人次|方面|个|家|项|件|名|次|场" +
                    @"|部|所|条|份|人|支|期|处|起|座)" +
                    @"(?!是|制度|意识|自信|确立|维护|清单)")]
    private static partial Regex ChineseNumber();
}
