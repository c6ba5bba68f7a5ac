using System.Text.RegularExpressions;

namespace Fazhi.Kernel;

/// <summary>A 发文字号 (文号) as GB/T 9704-2012 §7.2.3 writes it: 发文机关代字, the year in 六角括号 and the sequence
/// number, "不编虚位" (1, not 01), as in 怀政发〔2023〕5号. Square or round brackets typed instead of 〔〕 are read and
/// written back in the standard form.</summary>
public sealed partial record DocumentNumber(string Prefix, int Year, int Sequence)
{
    public override string ToString() => $"{Prefix}〔{Year}〕{Sequence}号";

    /// <summary>The number in standard form, or the field's error saying what is wrong.</summary>
    public static DocumentNumber Parse(string? text, string field)
    {
        var m = Pattern().Match((text ?? "").Trim());
        if (!m.Success)
            throw new DomainException(field, $"文号“{text}”格式有误，应如“怀政发〔2023〕5号”：机关代字、〔年份〕、顺序号");
        var year = int.Parse(m.Groups["year"].Value);
        if (year < 1949 || year > 2100) throw new DomainException(field, $"文号中的年份{year}有误");
        if (m.Groups["seq"].Value.StartsWith('0'))
            throw new DomainException(field, "文号的顺序号不编虚位（1不编为01）");
        return new(m.Groups["prefix"].Value, year, int.Parse(m.Groups["seq"].Value));
    }

    /// <summary>A 机关代字 on its own, as the issuing body registers it for the platform to number with.</summary>
    public static string CheckPrefix(string? text, string field) => PrefixPattern().IsMatch((text ?? "").Trim())
        ? text!.Trim() : throw new DomainException(field, "机关代字应为1至12个汉字，如“天政规”");

    /// <summary>The first 文号 written in a text (a document cited by name and number), in standard form.</summary>
    public static DocumentNumber? FindIn(string? text)
    {
        var m = Cited().Match(text ?? "");
        try { return m.Success ? Parse(m.Value, "") : null; }
        catch (DomainException) { return null; }
    }

    [GeneratedRegex(@"[\u4e00-\u9fa5]{1,12}[〔\[［(（]\d{4}[〕\]］)）]第?\d{1,5}号")]
    private static partial Regex Cited();

    [GeneratedRegex(@"^(?<prefix>[\u4e00-\u9fa5]{1,12})[〔\[［(（](?<year>\d{4})[〕\]］)）]第?(?<seq>\d{1,5})号$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{1,12}$")]
    private static partial Regex PrefixPattern();
}
