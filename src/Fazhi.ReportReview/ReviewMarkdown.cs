using System.Text;
using Fazhi.ReportReview.Checks;

namespace Fazhi.ReportReview;

/// <summary>The review as Markdown for people: facts, parts, the score and its reasons, checks, then every
/// figure.</summary>
public static class ReviewMarkdown
{
    public static string Write(Review r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# 法治政府建设年度报告评议：{r.Name}");
        sb.AppendLine();
        var f = r.Facts;
        sb.AppendLine($"- 报告年度：{(f.Year is { } y ? y + "年" : "未识别")}");
        sb.AppendLine($"- 发布主体：{f.Issuer ?? "未识别"}");
        sb.AppendLine(
            $"- 发布日期：{f.PublishedOn?.ToString("yyyy-MM-dd") ?? "正文未载明"}" +
            (f.Deadline is { } d
                ? $"（应于{d:yyyy年M月d日}前公开；" +
                  $"{(f.DeadlineMet switch { true => "按时", false => "逾期", null => "无法判断" })}）"
                : ""));
        sb.AppendLine($"- 正文字数：{r.Characters}；标题{r.Headings.Count}个；数据{r.Figures.Count}处" +
                      $"（其中{r.Figures.Count(x => x.Key is not null)}处对应标准指标）");
        sb.AppendLine();
        sb.AppendLine($"## 得分：{r.Score.Total}/100");
        sb.AppendLine($"必备内容 {r.Score.Parts}/50，数据支撑 {r.Score.Evidence}/30，" +
                      $"计算准确 {r.Score.Arithmetic}/20。");
        foreach (var reason in r.Score.Reasons) sb.AppendLine($"- {reason}");
        sb.AppendLine();
        sb.AppendLine($"评分方法：{r.Score.Method}");
        sb.AppendLine();
        sb.AppendLine("## 必备内容");
        sb.AppendLine("| 部分 | 是否具备 | 位置 |");
        sb.AppendLine("|---|---|---|");
        foreach (var p in r.Parts)
            sb.AppendLine($"| {p.Name} | {(p.Present ? "具备" : "**缺少**")} | " +
                          $"{Cell(p.Heading ?? (p.Present ? $"正文第{p.Offset}字处" : ""))} |");
        sb.AppendLine();
        sb.AppendLine("## 计算核对");
        if (r.Checks.Count == 0) sb.AppendLine("未发现可核对的比率或合计。");
        foreach (var c in r.Checks) sb.AppendLine($"- {Label(c.Verdict)}：{c.Explanation}");
        sb.AppendLine();
        sb.AppendLine("## 标题结构");
        foreach (var h in r.Headings) sb.AppendLine($"{new string(' ', 2 * (h.Level - 1))}- {h.Numbering}{h.Title}");
        sb.AppendLine();
        sb.AppendLine("## 数据");
        sb.AppendLine("| 原文 | 类型 | 数值 | 单位 | 约数 | 指标 | 所数对象 | 位置 |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var x in r.Figures)
            sb.AppendLine($"| {Cell(x.Quote)} | {Figures.FigureKinds.Label(x.Kind)} | {x.Value:0.####} | {x.Unit} | " +
                          $"{(x.Approximate ? "是" : "")} | " +
                          $"{Cell(x.Key is null ? "" : $"{x.KeyName}（{x.Key}）")} | {Cell(x.NounPhrase)} | " +
                          $"{(r.PageStarts.Length > 1 ? $"第{r.PageOf(x.Start)}页 " : "")}{x.Start}–{x.End} |");
        return sb.ToString();
    }

    public static string Label(Verdict v) => v switch
    {
        Verdict.Consistent => "一致",
        Verdict.ConsistentButTruncated => "一致但截断",
        Verdict.Inconsistent => "**不一致**",
        _ => "无法验证",
    };

    static string Cell(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
