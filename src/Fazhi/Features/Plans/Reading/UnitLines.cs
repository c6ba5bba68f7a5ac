using System.Text.RegularExpressions;

namespace Fazhi.Features.Plans.Reading;

/// <summary>The units a task is given, as plans write them: a line "牵头单位：县政府办公室、县委编办", a bracket at the
/// end of the task "（责任单位：县司法局；配合单位：各乡镇）", and "…按职责分工负责" for every unit named.</summary>
public static partial class UnitLines
{
    /// <summary>One list of names under one heading word.</summary>
    public sealed record Part(UnitRole Role, bool Responsible, List<string> Names, bool ByDuty);

    /// <summary>The parts of a line that starts with a heading word, or null.</summary>
    public static List<Part>? OfLine(string line) =>
        LineStart().IsMatch(line) ? Parts(line) : null;

    /// <summary>A line ending in its units: the text before them and the parts, or null.</summary>
    public static (string Text, List<Part> Parts)? Trailing(string line)
    {
        var m = TrailingUnits().Match(line);
        if (!m.Success || m.Index == 0) return null;
        return (line[..m.Index].TrimEnd(), Parts(m.Groups["units"].Value));
    }

    /// <summary>A cell or line listing names only (a table's unit column).</summary>
    public static Part Names(UnitRole role, string text)
    {
        var byDuty = ByDutyEnd().Match(text);
        if (byDuty.Success) text = text[..byDuty.Index];
        var names = SplitOutsideBrackets(text).Select(n => n.Trim().TrimEnd('。', '.', ' '))
            .Where(n => n.Length > 0).ToList();
        return new Part(role, role == UnitRole.Lead, names, byDuty.Success);
    }

    /// <summary>Names split at separators, except inside brackets: 区委宣传部（区文明办、区政府新闻办） is one.</summary>
    static IEnumerable<string> SplitOutsideBrackets(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '（' or '(') depth++;
            else if (text[i] is '）' or ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && Separators.Contains(text[i]))
            {
                yield return text[start..i];
                start = i + 1;
            }
        }
        yield return text[start..];
    }

    const string Separators = "、，,；;/";

    static List<Part> Parts(string text)
    {
        var parts = new List<Part>();
        var heads = Heading().Matches(text);
        for (var i = 0; i < heads.Count; i++)
        {
            var start = heads[i].Index + heads[i].Length;
            var end = i + 1 < heads.Count ? heads[i + 1].Index : text.Length;
            var word = heads[i].Groups["word"].Value;
            var role = word.StartsWith('参') || word.StartsWith('配') || word.StartsWith('协')
                ? UnitRole.Participant : UnitRole.Lead;
            var part = Names(role, text[start..end].Trim().TrimEnd('；', ';', '，', ',', ')', '）'));
            parts.Add(part with { Responsible = word.StartsWith('责') });
        }
        return parts;
    }

    const string Words = "牵头单位|牵头部门|责任单位|责任部门|主责单位|参加单位|参与单位|配合单位|配合部门|协办单位|协同单位";

    [GeneratedRegex(@"^\s*(?:" + Words + @")\s*[:：]")]
    private static partial Regex LineStart();

    [GeneratedRegex(@"(?<word>" + Words + @")\s*[:：]\s*")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[（(]\s*(?<units>(?:" + Words + @")\s*[:：][^（()）]*)[)）]\s*[。.；;]?\s*$"
        + @"|(?<=[。；;])\s*(?<units>(?:" + Words + @")\s*[:：].*)$")]
    private static partial Regex TrailingUnits();

    [GeneratedRegex(@"\s*(?:按照?职责分工负责|按照?职责分工落实|按照?职责负责|分别负责|按职责分工抓好落实)[。.]?\s*$")]
    private static partial Regex ByDutyEnd();
}
