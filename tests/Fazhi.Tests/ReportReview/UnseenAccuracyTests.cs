using Fazhi.ReportReview;
using Fazhi.ReportReview.Figures;
using Fazhi.ReportReview.Input;

namespace Fazhi.Tests.ReportReview;

/// <summary>The batches of real texts labelled by hand before the reviewer read them (Unseen/): batches a–c are
/// regression sets (tuned on), batch d is held out (read once, not tuned on). The floors are the targets;
/// bench/results.md reports the numbers.</summary>
public class UnseenAccuracyTests
{
    static readonly string Root = Path.Combine(AppContext.BaseDirectory, "ReportReview", "Unseen");

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    [InlineData("c")]
    [InlineData("d")]
    public void Figures_and_rate_verdicts_agree_with_the_hand_labels(string batch)
    {
        var figures = new List<Accuracy>();
        var rates = new List<RateAccuracy>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, batch, "Labels"), "*.json"))
        {
            var set = LabelSet.Load(file);
            var bytes = File.ReadAllBytes(Path.Combine(Root, batch, set.Report));
            var review = Review.OfFile(set.Report, bytes);
            figures.Add(Accuracy.Of(review.Figures, set.Figures));
            rates.Add(RateAccuracy.Of(Normalizer.Normalize(ReportInput.Read(bytes, set.Report)), review.Checks,
                set.Rates ?? []));
        }
        var f = Accuracy.Sum(figures);
        var r = RateAccuracy.Sum(rates);
        Assert.True(figures.Count >= 8, $"{figures.Count} texts");
        Assert.True(f.Recall >= 0.95 && f.Precision >= 0.95,
            $"figures: recall {f.Recall:P1}, precision {f.Precision:P1}");
        Assert.True(r.Recall >= 0.85, $"rate verdicts right: {r.Right}/{r.Labelled}");
        Assert.True(r.DefinitePrecision >= 0.95, $"definite verdicts right: {r.DefiniteRight}/{r.Definite}");
    }

    [Fact]
    public void Every_label_quote_stands_in_its_text_as_often_as_it_is_labelled()
    {
        foreach (var file in Directory.GetFiles(Root, "*.json", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Labels"))
        {
            var set = LabelSet.Load(file);
            var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(file))!, set.Report));
            foreach (var rate in set.Rates ?? [])
                Assert.True(RateAccuracy.Find(text, rate.Quote, rate.Occurrence) >= 0,
                    $"{set.Report}: {rate.Quote} #{rate.Occurrence}");
            Assert.All(set.Figures, l => Assert.Contains(l.Quote, text));
        }
    }
}
