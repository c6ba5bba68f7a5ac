using Fazhi.ReportReview.Figures;

namespace Fazhi.Tests.ReportReview;

/// <summary>Extraction against the hand labels in Labels/ (bench/results.md reports the same numbers).</summary>
public class AccuracyTests
{
    public static TheoryData<string> LabelledReports =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "ReportReview", "Labels"), "*.json").Select(Path.GetFileName)!);

    [Theory, MemberData(nameof(LabelledReports))]
    public void Figures_are_found_as_labelled_by_hand(string labels)
    {
        var set = LabelSet.Load(Path.Combine(AppContext.BaseDirectory, "ReportReview", "Labels", labels));
        var review = SeedReportTests.Seed(set.Report);
        var a = Accuracy.Of(review.Figures, set.Figures);
        var missed = set.Figures.Select(l => l.Quote).Except(review.Figures.Select(f => f.Quote));
        var extra = review.Figures.Select(f => f.Quote).Except(set.Figures.Select(l => l.Quote));
        Assert.True(a.Recall >= 0.95, $"recall {a.Recall:P1}; missed: {string.Join("、", missed)}");
        Assert.True(a.Precision >= 0.98, $"precision {a.Precision:P1}; not labelled: {string.Join("、", extra)}");
        Assert.Equal(a.Matched, a.ValuesRight);
        Assert.True(a.KeyRecall >= 0.9 && a.KeyPrecision >= 0.9, $"keys: precision {a.KeyPrecision:P1}, recall {a.KeyRecall:P1}");
    }
}
