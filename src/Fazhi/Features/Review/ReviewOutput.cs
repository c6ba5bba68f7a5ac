using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MiniExcelLibs;
using Fazhi.ReportReview;

namespace Fazhi.Features.Review;

/// <summary>A review (or several) as JSON and as an Excel workbook; Markdown comes from the library.</summary>
public static class ReviewOutput
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string ToJson(IReadOnlyList<ReportReview.Review> reviews) =>
        JsonSerializer.Serialize(
            reviews.Count == 1 ? reviews[0] : (object)new { reviews, comparison = ReviewComparison.Rows(reviews) },
            Json);

    public static string ToMarkdown(IReadOnlyList<ReportReview.Review> reviews)
    {
        var parts = reviews.Select(ReviewMarkdown.Write).ToList();
        if (reviews.Count > 1)
        {
            var rows = ReviewComparison.Rows(reviews);
            var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();
            var table = new System.Text.StringBuilder("# 对比\n\n");
            table.AppendLine("| " + string.Join(" | ", columns) + " |");
            table.AppendLine("|" + string.Concat(columns.Select(_ => "---|")));
            foreach (var row in rows)
                table.AppendLine(
                    "| " + string.Join(" | ", columns.Select(c => row.GetValueOrDefault(c)?.ToString() ?? "")) + " |");
            parts.Add(table.ToString());
        }
        return string.Join("\n\n", parts);
    }

    public static async Task WriteXlsxAsync(IReadOnlyList<ReportReview.Review> reviews, Stream output)
    {
        var sheets = new Dictionary<string, object>
        {
            ["数据"] = reviews.SelectMany(r => r.Figures.Select(f => new Dictionary<string, object?>
            {
                ["报告"] = r.Name, ["原文"] = f.Quote, ["类型"] = ReportReview.Figures.FigureKinds.Label(f.Kind),
                ["数值"] = f.Value, ["单位"] = f.Unit, ["约数"] = f.Approximate ? "是" : "",
                ["指标键"] = f.Key, ["指标"] = f.KeyName, ["所数对象"] = f.NounPhrase,
                ["起"] = f.Start, ["止"] = f.End, ["页"] = r.PageOf(f.Start), ["章节"] = f.Section,
            })).ToList(),
            ["计算核对"] = reviews.SelectMany(r => r.Checks.Select(c => new Dictionary<string, object?>
            {
                ["报告"] = r.Name, ["类型"] = c.Kind, ["结论"] = ReviewMarkdown.Label(c.Verdict).Trim('*'),
                ["说明"] = c.Explanation,
            })).ToList(),
            ["必备内容"] = reviews.SelectMany(r => r.Parts.Select(p => new Dictionary<string, object?>
            {
                ["报告"] = r.Name, ["部分"] = p.Name, ["具备"] = p.Present ? "是" : "否",
                    ["位置"] = p.Heading,
            })).ToList(),
            ["得分"] = reviews.Select(r => new Dictionary<string, object?>
            {
                ["报告"] = r.Name, ["总分"] = r.Score.Total, ["必备内容"] = r.Score.Parts,
                ["数据支撑"] = r.Score.Evidence, ["计算准确"] = r.Score.Arithmetic,
                ["理由"] = string.Join("；", r.Score.Reasons), ["方法"] = r.Score.Method,
            }).ToList(),
        };
        if (reviews.Count > 1) sheets["对比"] = ReviewComparison.Rows(reviews);
        await output.SaveAsAsync(sheets, excelType: ExcelType.XLSX);
    }
}

/// <summary>Several reports side by side on the canonical figures, with the change from the previous year where two
/// reports share an issuer. A report may state a key several times: a count shows its largest statement (the whole
/// rather than a part, "全县共…718件" before "其中…5件"), a rate its first.</summary>
public static class ReviewComparison
{
    public static List<Dictionary<string, object?>> Rows(IReadOnlyList<ReportReview.Review> reviews)
    {
        var keys = reviews.SelectMany(r => r.Figures)
            .Where(f => f.Key is not null)
            .Select(f => f.Key!)
            .Distinct()
            .ToList();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var key in keys)
        {
            var row = new Dictionary<string, object?>
            {
                ["指标"] = Fazhi.ReportReview.Figures.FigureCatalogue.NameOf(key), ["指标键"] = key,
            };
            foreach (var r in reviews)
            {
                var f = Headline(r, key);
                row[Title(r)] = f is null ? null : $"{f.Value:0.####}{f.Unit}{(f.Approximate ? "（约）" : "")}";
            }
            foreach (var (now, before) in YearPairs(reviews))
                if (Headline(now, key) is { } a && Headline(before, key) is { } b && a.Unit == b.Unit)
                    row[$"{now.Facts.Issuer}{before.Facts.Year}→{now.Facts.Year}"] = a.Unit == "%"
                        ? $"{a.Value - b.Value:+0.##;-0.##;0}个百分点"
                        : b.Value == 0 ? null : $"{100m * (a.Value - b.Value) / b.Value:+0.#;-0.#;0}%";
            rows.Add(row);
        }
        return rows;
    }

    static Fazhi.ReportReview.Figures.ReportFigure? Headline(ReportReview.Review r, string key)
    {
        var stated = r.Figures.Where(x => x.Key == key).ToList();
        return stated.FirstOrDefault(x => x.Unit == "%") ?? stated.MaxBy(x => x.Value);
    }

    static string Title(ReportReview.Review r) =>
        $"{r.Facts.Issuer ?? r.Name}{(r.Facts.Year is { } y ? y.ToString() : "")}";

    static IEnumerable<(ReportReview.Review Now, ReportReview.Review Before)> YearPairs(
        IReadOnlyList<ReportReview.Review> reviews) =>
        from a in reviews
        from b in reviews
        where a.Facts.Issuer is not null && a.Facts.Issuer == b.Facts.Issuer && a.Facts.Year == b.Facts.Year + 1
        select (a, b);
}
