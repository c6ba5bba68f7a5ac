using System.Text;
using System.Text.Json;
using Fazhi.ReportReview.Figures;

/// <summary>The batches of real texts labelled by hand before the reviewer read them: the reviewer before this work,
/// its first run on each batch and now, side by side, then each batch report by report.</summary>
static class UnseenBatches
{
    sealed record Totals(Accuracy Figures, RateAccuracy Rates);

    public static async Task WriteAsync(StringBuilder sb, string unseen)
    {
        var recorded = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(unseen, "first-runs.json")));
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        Totals? Recorded(string run, string batch) =>
            recorded.RootElement.TryGetProperty(run, out var r) && r.GetProperty("batches")
                .TryGetProperty(batch, out var b) ? b.Deserialize<Totals>(options) : null;
        var batches = Directory.GetDirectories(unseen).Where(d => Directory.Exists(Path.Combine(d, "Labels")))
            .Order().ToList();
        var scores = new List<BatchScore>();
        foreach (var dir in batches) scores.Add(await BatchScores.ScoreAsync(dir));
        sb.AppendLine("Unseen batches: `tests/Fazhi.Tests/ReportReview/Unseen/` — real texts collected from stored " +
                      "public pages and labelled by hand (every figure, every rate verdict) before the reviewer " +
                      "first read them; rules in its README.md. Batches a–c were then tuned on and are regression " +
                      "sets now; batch d was labelled while a–c were tuned on, read once (its first run) and not " +
                      "tuned on. A second labeller re-did the rate verdicts of 9 texts blind: " +
                      "[agreement.md](../tests/Fazhi.Tests/ReportReview/Unseen/second-labeller/agreement.md).");
        sb.AppendLine();
        sb.AppendLine("| batch | texts | role | figures found: old reviewer | first run | now | precision now " +
                      "| rate verdicts right: old reviewer | first run | now | definite verdicts right now |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in scores)
        {
            var held = Recorded("heldOut", s.Batch);
            var old = Recorded("baseline", s.Batch);
            var first = held ?? Recorded("firstRun", s.Batch);
            sb.AppendLine($"| {s.Batch} | {s.Reports} | {(held is null ? "tuned on (regression set)" : "held out")} " +
                "| " +
                          $"{Pct(old?.Figures.Recall)} | {Pct(first?.Figures.Recall)} | {Pct(s.Figures.Recall)} | " +
                          $"{Pct(s.Figures.Precision)} | {Pct(old?.Rates.Recall)} | {Pct(first?.Rates.Recall)} | " +
                          $"{Pct(s.Rates.Recall)} ({s.Rates.Right}/{s.Rates.Labelled}) | " +
                          $"{Pct(s.Rates.DefinitePrecision)} ({s.Rates.DefiniteRight}/{s.Rates.Definite}) |");
        }
        sb.AppendLine();
        foreach (var s in scores)
        {
            sb.AppendLine($"Batch {s.Batch}:");
            sb.AppendLine();
            BatchScores.AppendTable(sb, s);
        }
    }

    static string Pct(double? value) => value is { } v ? $"{v:P1}" : "—";
}
