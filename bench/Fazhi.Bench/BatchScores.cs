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

    /// <summary>The totals of the given batches, as JSON (what first-runs.json records).</summary>
    public static async Task<string> TotalsJsonAsync(IEnumerable<string> batches)
    {
        var totals = new Dictionary<string, object>();
        foreach (var dir in batches)
        {
            var s = await ScoreAsync(dir);
            totals[s.Batch] = new { s.Reports, s.Figures, s.Rates };
        }
        return JsonSerializer.Serialize(totals, new JsonSerializerOptions { WriteIndented = true });
    }

    public static void AppendTable(StringBuilder sb, BatchScore s)
    {
        sb.AppendLine(Header);
        foreach (var row in s.Rows) sb.AppendLine(row);
        sb.AppendLine(Row("**all**", s.Figures, s.Rates));
        sb.AppendLine();
    }
}

/// <summary>What a batch's labels and the reviewer disagree on, report by report: labelled figures not found,
/// figures found but not labelled, values read differently, and rate verdicts that differ (with the reviewer's
/// explanation). For tuning, once a batch's first run is recorded.</summary>
static class BatchMisses
{
    public static async Task WriteAsync(string dir)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(dir, "Labels"), "*.json").Order())
        {
            var set = LabelSet.Load(file);
            var bytes = await File.ReadAllBytesAsync(Path.Combine(dir, set.Report));
            var review = Review.OfFile(set.Report, bytes);
            var text = Normalizer.Normalize(ReportInput.Read(bytes, set.Report));
            Console.WriteLine($"## {set.Report}");
            var found = review.Figures.GroupBy(f => f.Quote).ToDictionary(g => g.Key, g => new Queue<ReportFigure>(g));
            foreach (var l in set.Figures)
            {
                var q = Normalizer.NormalizeQuote(l.Quote);
                if (!found.TryGetValue(q, out var queue) || queue.Count == 0)
                    Console.WriteLine($"  missed: {q} ({l.Value} {l.Unit} {l.Kind})");
                else if (queue.Dequeue() is var f
                         && (f.Value != l.Value || f.Unit != l.Unit || f.Approximate != l.Approximate))
                    Console.WriteLine($"  value: {q} labelled {l.Value} {l.Unit} {l.Approximate}, " +
                        $"read {f.Value} {f.Unit} {f.Approximate}");
            }
            foreach (var f in found.Values.SelectMany(q => q))
                Console.WriteLine($"  extra: {f.Quote} ({f.Value} {f.Unit} {f.Kind}) in “{Excerpt(f.Sentence)}”");
            foreach (var r in set.Rates ?? [])
            {
                var one = RateAccuracy.Of(text, review.Checks, [r]);
                if (one.Right == 1) continue;
                var at = RateAccuracy.Find(text, Normalizer.NormalizeQuote(r.Quote), r.Occurrence);
                var check = review.Checks.FirstOrDefault(c => c.Start == at);
                Console.WriteLine($"  rate {r.Quote}#{r.Occurrence}: labelled {r.Verdict} ({r.Numerator} / " +
                                  $"{r.Denominator}), " +
                                      $"reviewer {check?.Verdict.ToString() ?? "none"}: {check?.Explanation}");
            }
        }
    }

    static string Excerpt(string s) => s.Length > 50 ? s[..50] : s;
}
