using Fazhi.Features.Plans.Reading;

namespace Fazhi.Tests.Plans;

/// <summary>The plan reader against plans labelled by hand before it first read them (Labels/; first runs in
/// first-runs.json). The floors are the scores reached; a change that loses a task fails here.</summary>
public class PlanReadingAccuracyTests(ITestOutputHelper output)
{
    static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Plans");

    public static TheoryData<string> LabelledPlans() =>
        [.. Directory.GetFiles(Path.Combine(Root, "Labels"), "*.json").Select(f => Path.GetFileName(f)).Order()];

    public static PlanAccuracy Score(string labelsFile)
    {
        var labels = PlanLabels.Load(Path.Combine(Root, "Labels", labelsFile));
        var path = Path.Combine(Root, "Samples", labels.Document);
        return PlanAccuracy.Of(PlanParser.Parse(PlanDocument.Read(File.ReadAllBytes(path), path)), labels);
    }

    [Theory, MemberData(nameof(LabelledPlans))]
    public void Tasks_units_and_targets_are_read_as_labelled_by_hand(string labelsFile)
    {
        var a = Score(labelsFile);
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(a with { Misses = [] }));
        foreach (var miss in a.Misses) output.WriteLine(miss);
        Assert.True(a.TaskRecall >= 1.0 && a.TaskPrecision >= 1.0, $"tasks {a.Matched}/{a.Labelled}/{a.Found}");
        Assert.True(a.UnitsRight >= 1.0, $"units {a.UnitsRight:P1}: {string.Join("；", a.Misses)}");
        Assert.True(a.TargetRecall >= 0.9 && a.TargetPrecision >= 0.9,
            $"targets {a.TargetsRight}/{a.TargetsLabelled}/{a.TargetsFound}: {string.Join("；", a.Misses)}");
    }
}
