using System.Text.Json;
using Fazhi.Features.Plans.Reading;
using Fazhi.ReportReview.Input;

namespace Fazhi.Tests.Plans;

/// <summary>A plan's hand labels (Labels/README.md says how they were made) and the reader's score against them.
/// </summary>
public sealed record PlanLabels(string Document, DateOnly Issued, List<PlanLabels.Task> Tasks)
{
    public sealed record Task(string Number, string Start, string End, List<string> Lead, List<string> Participants,
        bool ByDuty, List<Target> Targets);

    public sealed record Target(string Text, DateOnly Due, string? Recurs);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PlanLabels Load(string path) => JsonSerializer.Deserialize<PlanLabels>(File.ReadAllText(path), Json)!;
}

/// <summary>Tasks found (matched by number, or by their opening words when unnumbered), and for the matched ones:
/// text boundaries, lead and participant names, 按职责分工负责, and dated targets (due date and recurrence).</summary>
public sealed record PlanAccuracy(int Labelled, int Found, int Matched, int BoundsRight, int LeadRight,
    int ParticipantsRight, int ByDutyRight, int TargetsLabelled, int TargetsFound, int TargetsRight, bool IssuedRight,
    List<string> Misses)
{
    public double TaskRecall => Ratio(Matched, Labelled);
    public double TaskPrecision => Ratio(Matched, Found);
    public double UnitsRight => Ratio(LeadRight + ParticipantsRight, 2 * Matched);
    public double TargetRecall => Ratio(TargetsRight, TargetsLabelled);
    public double TargetPrecision => Ratio(TargetsRight, TargetsFound);

    static double Ratio(int n, int d) => d == 0 ? 1 : (double)n / d;

    public static PlanAccuracy Of(RecognisedPlan plan, PlanLabels labels)
    {
        var misses = new List<string>();
        int matched = 0, bounds = 0, lead = 0, participants = 0, byDuty = 0, targetsRight = 0;
        var unclaimed = plan.Tasks.ToList(); // numbers may repeat in each section: the k-th meets the k-th
        foreach (var label in labels.Tasks)
        {
            var task = unclaimed.FirstOrDefault(t => Same(t, label));
            if (task is not null) unclaimed.Remove(task);
            if (task is null) { misses.Add($"{label.Number} 未识别"); continue; }
            matched++;
            var text = Clean(task.Text);
            if (text.StartsWith(Clean(label.Start)) && text.EndsWith(Clean(label.End).TrimEnd('。'))
                || text.EndsWith(Clean(label.End))) bounds++;
            else misses.Add($"{label.Number} 范围：{text[..Math.Min(14, text.Length)]}…{Tail(text)}");
            if (Names(task.Lead).SetEquals(Names(label.Lead))) lead++;
            else misses.Add($"{label.Number} 牵头：{string.Join("、", task.Lead)}");
            if (Names(task.Participants).SetEquals(Names(label.Participants))) participants++;
            else misses.Add($"{label.Number} 参加：{string.Join("、", task.Participants)}");
            if (task.ByDuty == label.ByDuty) byDuty++;
            var expected = label.Targets.Select(t => (t.Due, t.Recurs?.ToLowerInvariant())).ToList();
            foreach (var found in task.Targets)
                if (expected.Remove((found.Due, Recurs(found.Recurs)))) targetsRight++;
                else misses.Add($"{label.Number} 多出目标：{found.Due} {found.Text}");
            misses.AddRange(expected.Select(e => $"{label.Number} 漏掉目标：{e.Due}"));
        }
        return new PlanAccuracy(labels.Tasks.Count, plan.Tasks.Count, matched, bounds, lead, participants, byDuty,
            labels.Tasks.Sum(t => t.Targets.Count), plan.Tasks.Sum(t => t.Targets.Count), targetsRight,
            plan.Issued == labels.Issued, misses);
    }

    static bool Same(RecognisedTask task, PlanLabels.Task label) =>
        label.Number.Length > 0 ? TaskNumbers.Key(task.Number) == TaskNumbers.Key(Clean(label.Number))
            : Clean(task.Text).StartsWith(Clean(label.Start));

    static string? Recurs(Recurrence? r) => r switch
    {
        null => null, Recurrence.HalfYearly => "half-yearly", _ => r.ToString()!.ToLowerInvariant(),
    };

    static HashSet<string> Names(IEnumerable<string> names) => [.. names.Select(Clean)];

    static string Clean(string s) => string.Concat(Normalizer.Normalize(s).Where(c => !char.IsWhiteSpace(c)));

    static string Tail(string s) => s[Math.Max(0, s.Length - 10)..];
}
