using System.Text.RegularExpressions;

namespace Fazhi.ReportReview.Structure;

public sealed record Heading(int Level, string Numbering, string Title, int Offset);

/// <summary>The five parts an annual report must have (shared/domain/facts.md §2.3).</summary>
public enum RequiredPart
{
    MeasuresAndResults = 1, Shortcomings = 2, FirstResponsiblePerson = 3, NextYearPlans = 4, OtherMatters = 5,
}

public sealed record PartFinding(
    RequiredPart Part, string Name, bool Present, string? Heading, int? Offset, string How);

/// <summary>Finds the heading tree (一、 / （一） / 1. / （1）) and where each required part stands.</summary>
public static partial class Outline
{
    public static List<Heading> Headings(string text)
    {
        var list = new List<Heading>();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart();
            var lead = offset + line.Length - trimmed.Length;
            foreach (var (level, pattern) in Levels)
            {
                var m = pattern.Match(trimmed);
                if (!m.Success) continue;
                var rest = trimmed[m.Length..];
                // The title runs to the first full stop; a long unpunctuated line is body text, not a heading.
                var end = rest.IndexOfAny(['。', '；', ';']);
                var title = (end >= 0 ? rest[..end] : rest).Trim();
                if (title.Length is > 0 and <= 60) list.Add(new Heading(level, m.Value.Trim(), title, lead));
                break;
            }
            offset += line.Length + 1;
        }
        return list;
    }

    static readonly (int Level, Regex Pattern)[] Levels =
    [
        (1, L1()), (2, L2()), (3, L3()), (4, L4()),
    ];

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}\s*[、.]")] private static partial Regex L1();
    [GeneratedRegex(@"^[(（][一二三四五六七八九十]{1,3}[)）]")] private static partial Regex L2();
    [GeneratedRegex(@"^\d{1,2}\s*[.、](?!\d)")] private static partial Regex L3();
    [GeneratedRegex(@"^[(（]\d{1,2}[)）]")] private static partial Regex L4();

    static readonly (RequiredPart Part, string Name, string[] Keys, string[] InText)[] PartKeys =
    [
        (RequiredPart.MeasuresAndResults, "主要举措和成效",
            ["主要举措", "主要做法", "工作举措", "主要成效", "工作成效", "取得的成效",
             "工作开展情况", "主要工作", "推进情况"],
            []),
        (RequiredPart.Shortcomings, "存在的不足及原因",
            ["不足", "存在的问题", "存在问题", "短板", "差距", "薄弱"],
            ["存在的问题", "问题和不足", "不足之处", "存在一些问题", "差距和不足",
             "短板弱项", "存在的不足"]),
        (RequiredPart.FirstResponsiblePerson,
            "党政主要负责人履行推进法治建设第一责任人职责情况",
            ["第一责任人", "主要负责人履行", "主要负责同志履行"],
            ["第一责任人"]),
        (RequiredPart.NextYearPlans, "下一年度工作安排",
            ["下一步", "下一年", "明年", "工作安排", "工作打算",
             "工作计划", "工作思路", "下步"],
            ["下一步", "下一年度", "明年", "下步工作", "新的一年"]),
        (RequiredPart.OtherMatters, "其他需要报告的事项",
            ["其他需要报告", "其他事项", "需要报告的其他"],
            ["其他需要报告"]),
    ];

    /// <summary>Each part by a heading that names it; failing that, by a sentence that names it (for next year's
    /// plans also one that opens with the following year and says what will be done: "2023年，我区将…"); failing
    /// that, absent. Reports often spread their measures over several headings without naming them: those count as
    /// the first part when at least one heading stands before the parts that follow it.</summary>
    public static List<PartFinding> Parts(string text, IReadOnlyList<Heading> headings, int? year = null)
    {
        var found = new List<PartFinding>();
        foreach (var (part, name, keys, inText) in PartKeys)
        {
            var h = headings.FirstOrDefault(h => h.Level <= 2 && keys.Any(h.Title.Contains))
                    ?? headings.FirstOrDefault(h => keys.Any(h.Title.Contains));
            if (h is not null)
            {
                found.Add(new(part, name, true, $"{h.Numbering}{h.Title}", h.Offset, "标题"));
                continue;
            }
            var sentence = Sentences(text).FirstOrDefault(s => inText.Any(s.Text.Contains)
                || part == RequiredPart.NextYearPlans && year is { } y && s.Text.StartsWith($"{y + 1}年")
                   && s.Text.IndexOf('将') is > 0 and < 20);
            found.Add(sentence is null
                ? new(part, name, false, null, null, "未找到")
                : new(part, name, true, null, sentence.Offset, "正文"));
        }
        var measures = found[0];
        if (!measures.Present)
        {
            var later = found.Where(f => f.Present && f.Part != RequiredPart.MeasuresAndResults)
                .Select(f => f.Offset ?? int.MaxValue)
                .DefaultIfEmpty(int.MaxValue)
                .Min();
            var before = headings.Where(h => h.Level == 1 && h.Offset < later).ToList();
            if (before.Count > 0)
                found[0] = measures with
                {
                    Present = true,
                    Heading = string.Join("；", before.Select(h => h.Numbering + h.Title)),
                    Offset = before[0].Offset,
                    How = "分散在各工作标题下"
                };
        }
        return found;
    }

    public sealed record Sentence(string Text, int Offset);

    public static IEnumerable<Sentence> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('。' or '\n' or '；' or ';' or '！' or '？')) continue;
            if (i > start) yield return new Sentence(text[start..i].Trim(), start);
            start = i + 1;
        }
        if (start < text.Length) yield return new Sentence(text[start..].Trim(), start);
    }
}
