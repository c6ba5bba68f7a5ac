using System.Text.Json;

namespace Fazhi.ReportReview.Figures;

public sealed record LabelledFigure(string Quote, decimal Value, string Unit, bool Approximate, string? Key);

public sealed record LabelSet(string Report, string LabelledBy, List<LabelledFigure> Figures)
{
    public static LabelSet Load(string path) =>
        JsonSerializer.Deserialize<LabelSet>(
            File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
}

/// <summary>How well extraction agrees with hand labels. The n-th occurrence of a quote in the labels pairs with the
/// n-th occurrence of the same quote among the extracted figures.</summary>
public sealed record Accuracy(
    int Labelled, int Extracted, int Matched, int ValuesRight, int LabelledKeys, int ExtractedKeys, int KeysRight)
{
    public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;
    public double Recall => Labelled == 0 ? 1 : (double)Matched / Labelled;
    public double KeyPrecision => ExtractedKeys == 0 ? 1 : (double)KeysRight / ExtractedKeys;
    public double KeyRecall => LabelledKeys == 0 ? 1 : (double)KeysRight / LabelledKeys;

    public static Accuracy Of(IReadOnlyList<ReportFigure> extracted, IReadOnlyList<LabelledFigure> labels)
    {
        var byQuote = extracted.GroupBy(f => f.Quote).ToDictionary(g => g.Key, g => new Queue<ReportFigure>(g));
        int matched = 0, values = 0, keysRight = 0, extractedKeys = 0;
        foreach (var label in labels)
        {
            if (!byQuote.TryGetValue(label.Quote, out var queue) || queue.Count == 0) continue;
            var f = queue.Dequeue();
            matched++;
            if (f.Value == label.Value && f.Unit == label.Unit && f.Approximate == label.Approximate) values++;
            if (f.Key is not null) extractedKeys++;
            if (f.Key is not null && f.Key == label.Key) keysRight++;
        }
        // Keys given to figures that are not labelled at all count against key precision too.
        extractedKeys += byQuote.Values.Sum(q => q.Count(f => f.Key is not null));
        return new Accuracy(labels.Count, extracted.Count, matched, values,
            labels.Count(l => l.Key is not null), extractedKeys, keysRight);
    }
}
