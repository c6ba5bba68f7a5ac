using System.CommandLine;
using Fazhi.ReportReview.Input;

namespace Fazhi.Features.Review;

/// <summary>`fazhi review FILE… [--format markdown|json|xlsx] [--out FILE]`: needs no database.</summary>
public static class ReviewCommand
{
    public static Command Build()
    {
        var files = new Argument<FileInfo[]>("报告")
        {
            Description = "报告文件（.txt、.html、.docx、.pdf），可多个", Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "输出格式",
            DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "md", "json", "xlsx");
        var output = new Option<FileInfo?>("--out") { Description = "输出文件（xlsx 默认 review.xlsx，" +
            "其余默认打印）" };
        var command = new Command("review", "评议法治政府建设年度报告") { files, format, output };
        command.SetAction((parsed, _) =>
            RunAsync(parsed.GetValue(files)!, parsed.GetValue(format)!, parsed.GetValue(output)));
        return command;
    }

    static async Task<int> RunAsync(FileInfo[] files, string format, FileInfo? output)
    {
        var reviews = new List<ReportReview.Review>();
        foreach (var file in files)
        {
            try { reviews.Add(ReportReview.Review.OfFile(file.Name, await File.ReadAllBytesAsync(file.FullName))); }
            catch (Exception e) when (e is UnreadableReportException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"错误：{file}：{e.Message}");
                return 1;
            }
        }
        if (format == "xlsx")
        {
            var path = output?.FullName ?? "review.xlsx";
            await using (var stream = File.Create(path)) await ReviewOutput.WriteXlsxAsync(reviews, stream);
            Console.WriteLine($"已写入 {path}");
            return 0;
        }
        var text = format == "json" ? ReviewOutput.ToJson(reviews) : ReviewOutput.ToMarkdown(reviews);
        if (output is null) Console.WriteLine(text);
        else await File.WriteAllTextAsync(output.FullName, text);
        return 0;
    }
}
