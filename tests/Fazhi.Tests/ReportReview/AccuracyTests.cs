using Fazhi.ReportReview;
using Fazhi.ReportReview.Figures;

namespace Fazhi.Tests.ReportReview;

/// <summary>Extraction against the hand labels: the seed reports (Labels/, texts in Seeds/) and held-out excerpts of
/// other reports (HeldOut/Labels/, texts in HeldOut/). bench/results.md reports the same numbers.</summary>
public class AccuracyTests
{
    static readonly string Root = Path.Combine(AppContext.BaseDirectory, "ReportReview");

    public static TheoryData<string, string> LabelledReports()
    {
        var data = new TheoryData<string, string>();
        foreach (var (texts, labels) in new[] { ("Seeds", "Labels"), ("HeldOut", Path.Combine("HeldOut", "Labels")) })
            foreach (var file in Directory.GetFiles(Path.Combine(Root, labels), "*.json").Order())
                data.Add(texts, Path.GetRelativePath(Root, file));
        return data;
    }

    [Theory, MemberData(nameof(LabelledReports))]
    public void Figures_are_found_as_labelled_by_hand(string texts, string labels)
    {
        var set = LabelSet.Load(Path.Combine(Root, labels));
        var review = Review.OfFile(set.Report, File.ReadAllBytes(Path.Combine(Root, texts, set.Report)));
        var a = Accuracy.Of(review.Figures, set.Figures);
        var missed = set.Figures.Select(l => l.Quote).Except(review.Figures.Select(f => f.Quote));
        var extra = review.Figures.Select(f => f.Quote).Except(set.Figures.Select(l => l.Quote));
        Assert.True(a.Recall >= 0.95, $"recall {a.Recall:P1}; missed: {string.Join("、", missed)}");
        Assert.True(a.Precision >= 0.98, $"precision {a.Precision:P1}; not labelled: {string.Join("、", extra)}");
        Assert.Equal(a.Matched, a.ValuesRight);
        Assert.True(a.KeyRecall >= 0.9 && a.KeyPrecision >= 0.9,
            $"keys: precision {a.KeyPrecision:P1}, recall {a.KeyRecall:P1}");
    }
}
