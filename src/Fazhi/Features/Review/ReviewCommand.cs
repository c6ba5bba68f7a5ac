using Fazhi.ReportReview.Input;

namespace Fazhi.Features.Review;

/// <summary>`fazhi review FILE… [--format markdown|json|xlsx] [--out FILE]`: needs no database.</summary>
public static class ReviewCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var format = Option(args, "--format") ?? "markdown";
        var outFile = Option(args, "--out");
        var files = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).ToList();
        if (files.Count == 0 || format is not ("markdown" or "md" or "json" or "xlsx"))
        {
            Console.Error.WriteLine("用法: fazhi review 报告文件… [--format markdown|json|xlsx] [--out 输出文件]（支持 .txt、.html、.docx）");
            return 2;
        }
        var reviews = new List<ReportReview.Review>();
        foreach (var file in files)
        {
            try { reviews.Add(ReportReview.Review.OfFile(Path.GetFileName(file), await File.ReadAllBytesAsync(file))); }
            catch (Exception e) when (e is UnreadableReportException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"错误：{file}：{e.Message}");
                return 1;
            }
        }
        if (format == "xlsx")
        {
            var path = outFile ?? "review.xlsx";
            await using (var stream = File.Create(path)) await ReviewOutput.WriteXlsxAsync(reviews, stream);
            Console.WriteLine($"已写入 {path}");
            return 0;
        }
        var text = format == "json" ? ReviewOutput.ToJson(reviews) : ReviewOutput.ToMarkdown(reviews);
        if (outFile is null) Console.WriteLine(text); else await File.WriteAllTextAsync(outFile, text);
        return 0;
    }

    static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
