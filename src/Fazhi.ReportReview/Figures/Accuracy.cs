using System.Text.Json;
using Fazhi.ReportReview.Checks;
using Fazhi.ReportReview.Input;

namespace Fazhi.ReportReview.Figures;

public sealed record LabelledFigure(
    string Quote, decimal Value, string Unit, bool Approximate, string? Key, string? Kind = null);

/// <summary>A rate's verdict as a person reached it by recomputing from the text: consistent, truncated,
/// inconsistent or unverifiable; the n-th occurrence of the quote in the text.</summary>
public sealed record LabelledRate(
    string Quote, int Occurrence, string Verdict, string? Numerator = null, string? Denominator = null,
    string? Note = null);

public sealed record LabelSet(
    string Report, string LabelledBy, List<LabelledFigure> Figures, List<LabelledRate>? Rates = null)
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
            // Labels quote the text as published; the reviewer quotes it normalised (half-width digits).
            if (!byQuote.TryGetValue(Normalizer.NormalizeQuote(label.Quote), out var queue) || queue.Count == 0)
                continue;
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

    public static Accuracy Sum(IEnumerable<Accuracy> all)
    {
        var list = all.ToList();
        return new Accuracy(list.Sum(t => t.Labelled), list.Sum(t => t.Extracted), list.Sum(t => t.Matched),
            list.Sum(t => t.ValuesRight), list.Sum(t => t.LabelledKeys), list.Sum(t => t.ExtractedKeys),
            list.Sum(t => t.KeysRight));
    }
}

/// <summary>How often the reviewer's verdict on a rate is the one reached by hand. A rate without a check counts as
/// unverifiable. Definite verdicts (consistent, truncated, inconsistent) are what a reader acts on: their precision
/// is the share of them that agree with the label.</summary>
public sealed record RateAccuracy(int Labelled, int Right, int Definite, int DefiniteRight)
{
    public double Recall => Labelled == 0 ? 1 : (double)Right / Labelled;
    public double DefinitePrecision => Definite == 0 ? 1 : (double)DefiniteRight / Definite;

    public static RateAccuracy Of(string text, IReadOnlyList<ArithmeticCheck> checks, IReadOnlyList<LabelledRate> rates)
    {
        int right = 0, definite = 0, definiteRight = 0;
        foreach (var rate in rates)
        {
            var at = Find(text, Normalizer.NormalizeQuote(rate.Quote), rate.Occurrence);
            var verdict = checks.FirstOrDefault(c => c.Start == at)?.Verdict ?? Verdict.Unverifiable;
            var ok = Name(verdict) == rate.Verdict;
            if (ok) right++;
            if (verdict == Verdict.Unverifiable) continue;
            definite++;
            if (ok) definiteRight++;
        }
        return new RateAccuracy(rates.Count, right, definite, definiteRight);
    }

    public static RateAccuracy Sum(IEnumerable<RateAccuracy> all)
    {
        var list = all.ToList();
        return new RateAccuracy(list.Sum(a => a.Labelled), list.Sum(a => a.Right), list.Sum(a => a.Definite),
            list.Sum(a => a.DefiniteRight));
    }

    static string Name(Verdict v) => v switch
    {
        Verdict.Consistent => "consistent",
        Verdict.ConsistentButTruncated => "truncated",
        Verdict.Inconsistent => "inconsistent",
        _ => "unverifiable",
    };

    /// <summary>Where the n-th occurrence of the quote stands on its own: "1%" is not found in the tail of
    /// "20.1%".</summary>
    public static int Find(string text, string quote, int n)
    {
        var at = -1;
        for (var i = 0; i < Math.Max(1, n); i++)
        {
            do at = text.IndexOf(quote, at + 1, StringComparison.Ordinal);
            while (at > 0 && char.IsAsciiDigit(quote[0]) && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] == '.'));
            if (at < 0) return -1;
        }
        return at;
    }
}
