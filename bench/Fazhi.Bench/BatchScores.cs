using System.Text;
using System.Text.Json;
using Fazhi.ReportReview;
using Fazhi.ReportReview.Figures;
using Fazhi.ReportReview.Input;

/// <summary>One batch of real texts labelled by hand before the reviewer read them: figures found and rate verdicts
/// right, per report and in total.</summary>
sealed record BatchScore(string Batch, int Reports, Accuracy Figures, RateAccuracy Rates, List<string> Rows);

static class BatchScores
{
    public static async Task<BatchScore> ScoreAsync(string dir)
    {
        var rows = new List<string>();
        var figures = new List<Accuracy>();
        var rates = new List<RateAccuracy>();
        foreach (var file in Directory.GetFiles(Path.Combine(dir, "Labels"), "*.json").Order())
        {
            var set = LabelSet.Load(file);
            var bytes = await File.ReadAllBytesAsync(Path.Combine(dir, set.Report));
            var review = Review.OfFile(set.Report, bytes);
            var text = Normalizer.Normalize(ReportInput.Read(bytes, set.Report));
            var f = Accuracy.Of(review.Figures, set.Figures);
            var r = RateAccuracy.Of(text, review.Checks, set.Rates ?? []);
            figures.Add(f);
            rates.Add(r);
            rows.Add(Row(set.Report, f, r));
        }
        return new BatchScore(Path.GetFileName(dir), rows.Count, Accuracy.Sum(figures), RateAccuracy.Sum(rates), rows);
    }

    public const string Header =
        "| report | figures labelled | extracted | matched | figure precision | figure recall | value right " +
        "| rates labelled | verdicts right | verdict recall | definite verdicts | definite precision |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|";

    public static string Row(string name, Accuracy f, RateAccuracy r) =>
        $"| {name} | {f.Labelled} | {f.Extracted} | {f.Matched} | {f.Precision:P1} | {f.Recall:P1} | " +
        $"{f.ValuesRight}/{f.Matched} | {r.Labelled} | {r.Right} | {r.Recall:P1} | {r.Definite} | " +
        $"{r.DefinitePrecision:P1} |";

    /// <summary>The totals of every batch under the folder, as JSON (what first-runs.json records).</summary>
    public static async Task<string> TotalsJsonAsync(string unseen)
    {
        var totals = new Dictionary<string, object>();
        foreach (var dir in Directory.GetDirectories(unseen).Order())
        {
            var s = await ScoreAsync(dir);
            totals[s.Batch] = new { s.Reports, s.Figures, s.Rates };
        }
        return JsonSerializer.Serialize(totals, new JsonSerializerOptions { WriteIndented = true });
    }

    public static string Summary(string label, Accuracy f, RateAccuracy r) =>
        $"{label}: figures {f.Matched}/{f.Labelled} found ({f.Recall:P1}), precision {f.Precision:P1}; " +
        $"rate verdicts {r.Right}/{r.Labelled} right ({r.Recall:P1}), definite precision {r.DefinitePrecision:P1}";

    public static void AppendTable(StringBuilder sb, BatchScore s)
    {
        sb.AppendLine(Header);
        foreach (var row in s.Rows) sb.AppendLine(row);
        sb.AppendLine(Row("**all**", s.Figures, s.Rates));
        sb.AppendLine();
    }
}
