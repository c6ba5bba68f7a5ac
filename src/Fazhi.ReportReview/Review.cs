using Fazhi.ReportReview.Checks;
using Fazhi.ReportReview.Figures;
using Fazhi.ReportReview.Input;
using Fazhi.ReportReview.Structure;
using Fazhi.ReportReview.Tables;

namespace Fazhi.ReportReview;

public sealed record ReportScore(
    int Total, int Parts, int Evidence, int Arithmetic, string Method, List<string> Reasons);

/// <summary>The review of one published annual report: its structure, its figures, the arithmetic behind them, a
/// score.</summary>
public sealed record Review(
    string Name, int Characters, ReportFacts Facts, List<Heading> Headings, List<PartFinding> Parts,
    List<ReportFigure> Figures, List<ArithmeticCheck> Checks, ReportScore Score)
{
    /// <summary>Where each page of a PDF begins in the text (one page for other formats).</summary>
    public int[] PageStarts { get; init; } = [0];

    /// <summary>The page (from 1) an offset of the text is on.</summary>
    public int PageOf(int offset) => FigureExtractor.LastAtOrBefore(PageStarts, offset) + 1;

    /// <summary>Reads and reviews a file (text, HTML, .docx or PDF). Throws UnreadableReportException for what is
    /// not a report.</summary>
    public static Review OfFile(string name, byte[] bytes)
    {
        var pages = ReportInput.ReadPages(bytes, name).Select(Normalizer.Normalize).ToList();
        var starts = new int[pages.Count];
        for (var i = 1; i < pages.Count; i++) starts[i] = starts[i - 1] + pages[i - 1].Length + 1;
        return OfNormalized(name, string.Join("\n", pages)) with { PageStarts = starts };
    }

    public static Review OfText(string name, string raw) => OfNormalized(name, Normalizer.Normalize(raw));

    static Review OfNormalized(string name, string text)
    {
        var headings = Outline.Headings(text);
        var facts = ReportFacts.Of(text);
        var parts = Outline.Parts(text, headings, facts.Year);
        var tables = TextTables.Find(text).Select(TableGrid.Of).ToList();
        var figures = FigureExtractor.Extract(text, headings, tables);
        var checks = ArithmeticChecks.Run(figures, text, tables);
        return new Review(name, text.Length, facts, headings, parts, figures, checks,
            Scoring.Score(text, parts, figures, checks));
    }
}

/// <summary>The score and its method, written out so a reader can recompute it.</summary>
public static class Scoring
{
    public const string Method =
        "满分100分：必备内容50分（五部分各10分，缺一部分扣10分）；" +
        "数据支撑30分（含有数字的段落占全部正文段落的比例×30，四舍五入）；" +
        "计算准确20分（每处计算不一致扣10分、每处截断而非四舍五入扣2分，最低0分）。";

    public static ReportScore Score(
        string text, List<PartFinding> parts, List<ReportFigure> figures, List<ArithmeticCheck> checks)
    {
        var reasons = new List<string>();
        var partScore = parts.Count(p => p.Present) * 10;
        reasons.AddRange(parts.Where(p => !p.Present).Select(p => $"缺少“{p.Name}”部分（-10）"));
        // Paragraphs of body text (40 characters or more), and which of them hold a figure, by offset.
        var bodyLines = new List<int>();
        var lineStarts = new List<int>();
        for (int at = 0, next; at <= text.Length; at = next + 1)
        {
            next = text.IndexOf('\n', at);
            if (next < 0) next = text.Length;
            lineStarts.Add(at);
            if (text.AsSpan(at, next - at).Trim().Length >= 40) bodyLines.Add(lineStarts.Count - 1);
        }
        var lineArray = lineStarts.ToArray();
        var linesWithFigures = figures.Select(f => FigureExtractor.LastAtOrBefore(lineArray, f.Start)).ToHashSet();
        var lines = bodyLines;
        var withFigures = bodyLines.Count(linesWithFigures.Contains);
        var evidence = lines.Count == 0
            ? 0
            : (int)Math.Round(30m * withFigures / lines.Count, MidpointRounding.AwayFromZero);
        reasons.Add($"{lines.Count}个正文段落中{withFigures}个含有数字（{evidence}/30）");
        var wrong = checks.Count(c => c.Verdict == Verdict.Inconsistent);
        var truncated = checks.Count(c => c.Verdict == Verdict.ConsistentButTruncated);
        var arithmetic = Math.Max(0, 20 - 10 * wrong - 2 * truncated);
        if (wrong > 0) reasons.Add($"{wrong}处计算不一致（-{10 * wrong}）");
        if (truncated > 0) reasons.Add($"{truncated}处百分比截断而非四舍五入（-{2 * truncated}）");
        return new ReportScore(partScore + evidence + arithmetic, partScore, evidence, arithmetic, Method, reasons);
    }
}
