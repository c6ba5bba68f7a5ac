using System.Diagnostics;
using System.Text;
using Fazhi.ReportReview;
using Fazhi.ReportReview.Figures;

/// <summary>The report reviewer against the hand labels of the seed reports and of the held-out excerpts (precision
/// and recall of figures and of keys), and its speed on one core.</summary>
static class ReviewBench
{
    public static async Task RunAsync(string seeds, string labels, string heldOut, string unseen, string results)
    {
        var sb = new StringBuilder("## Report reviewer (Fazhi.ReportReview)\n\n");
        sb.AppendLine("Hand labels: `tests/Fazhi.Tests/ReportReview/Labels/` (every quantity with a unit " +
                      "in the report, read by hand). Reports without a label file are not scored.");
        sb.AppendLine();
        await ScoreAsync(sb, seeds, labels);
        sb.AppendLine("Held-out excerpts: `tests/Fazhi.Tests/ReportReview/HeldOut/` (other governments' reports, " +
                      "two in Traditional characters; labelled by hand before the reviewer first read them).");
        sb.AppendLine();
        await ScoreAsync(sb, heldOut, Path.Combine(heldOut, "Labels"));
        await UnseenBatches.WriteAsync(sb, unseen);
        // Speed: the four seed reports repeated to about 4 MB of text, reviewed in one piece on one thread.
        var text = string.Join("\n", Directory.GetFiles(seeds, "*annual-report.txt").Select(File.ReadAllText));
        var big = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(big.ToString()) < 4_000_000) big.AppendLine(text);
        var input = big.ToString();
        Review.OfText("warm-up", text);
        var sw = Stopwatch.StartNew();
        var r = Review.OfText("speed", input);
        var mb = Encoding.UTF8.GetByteCount(input) / 1_000_000.0;
        sb.AppendLine($"Speed: {mb:0.0} MB of report text ({r.Figures.Count:N0} figures, {r.Checks.Count:N0} checks) " +
                      $"reviewed in {sw.Elapsed.TotalSeconds:0.00} s on one thread = " +
                      $"**{mb / sw.Elapsed.TotalSeconds:0.0} MB/s** (target ≥ 1 MB/s).");
        sb.AppendLine();
        Console.Write(sb);
        await File.AppendAllTextAsync(results, sb.ToString());
    }

    static async Task ScoreAsync(StringBuilder sb, string texts, string labels)
    {
        sb.AppendLine("| report | labelled | extracted | matched | figure precision | figure recall | value right " +
                      "| key precision | key recall |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
        var totals = new List<Accuracy>();
        foreach (var file in Directory.GetFiles(labels, "*.json").Order())
        {
            var set = LabelSet.Load(file);
            var review = Review.OfFile(set.Report, await File.ReadAllBytesAsync(Path.Combine(texts, set.Report)));
            var a = Accuracy.Of(review.Figures, set.Figures);
            totals.Add(a);
            sb.AppendLine($"| {set.Report} | {a.Labelled} | {a.Extracted} | {a.Matched} | {a.Precision:P1} | " +
                          $"{a.Recall:P1} | {a.ValuesRight}/{a.Matched} | {a.KeyPrecision:P1} | {a.KeyRecall:P1} |");
        }
        var sum = new Accuracy(
            totals.Sum(t => t.Labelled), totals.Sum(t => t.Extracted), totals.Sum(t => t.Matched),
            totals.Sum(t => t.ValuesRight), totals.Sum(t => t.LabelledKeys), totals.Sum(t => t.ExtractedKeys),
            totals.Sum(t => t.KeysRight));
        sb.AppendLine($"| **all labelled** | {sum.Labelled} | {sum.Extracted} | {sum.Matched} | " +
                      $"{sum.Precision:P1} | {sum.Recall:P1} | {sum.ValuesRight}/{sum.Matched} | " +
                      $"{sum.KeyPrecision:P1} | {sum.KeyRecall:P1} |");
        sb.AppendLine();
    }
}
