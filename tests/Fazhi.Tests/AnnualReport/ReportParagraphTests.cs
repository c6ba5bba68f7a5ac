using Fazhi.Features.AnnualReport;
using Fazhi.Features.Reconsideration;
using Fazhi.Kernel.Figures;

namespace Fazhi.Tests.AnnualReport;

/// <summary>The paragraph reads like the seeds' reports: decisions in the customary order, 终止 with its 和解撤回 part,
/// 办理 and 被申请 apart, no empty brackets and no "（含所属单位）".</summary>
public class ReportParagraphTests
{
    static readonly FigureScope County = new(2, "清河县人民政府", 2026, [2, 3, 4]);

    static List<Figure> Figures(Dictionary<string, long> counts)
    {
        Figure Count(string key, string label) => new(key, label, counts.GetValueOrDefault(key), "件",
            counts.GetValueOrDefault(key), null, "", "", null, null);
        Figure Rate(string key, long numerator, long denominator) => new(key, key, denominator == 0 ? 0
            : Math.Round(100m * numerator / denominator, 2), "%", numerator, denominator, "", "", null, null);
        var list = new List<Figure>();
        foreach (var area in new[] { "reconsideration", "reconsideration.respondent" })
        {
            foreach (var key in new[] { "cases_received", "cases_accepted", "cases_not_accepted", "cases_abandoned",
                         "cases_concluded", "cases_pending" })
                list.Add(Count($"{area}.{key}", key));
            foreach (var (decision, label) in Labels.Decision)
                list.Add(Count($"{area}.decision.{ReconsiderationFigures.Slug(decision)}", $"决定：{label}"));
            var concluded = counts.GetValueOrDefault($"{area}.cases_concluded");
            list.Add(Rate($"{area}.direct_correction_rate", counts.GetValueOrDefault($"{area}.corrected"), concluded));
            list.Add(Rate($"{area}.correction_rate", counts.GetValueOrDefault($"{area}.corrected"), concluded));
        }
        foreach (var key in new[] { "cases_received", "cases_concluded", "cases_lost", "cases_heard" })
            list.Add(Count($"litigation.{key}", key));
        list.Add(Rate("litigation.loss_rate", 0, 0));
        list.Add(Rate("litigation.appearance_rate", 0, 0));
        return list;
    }

    [Fact]
    public void Decisions_follow_the_customary_order_and_termination_names_its_settled_part()
    {
        var text = ReportParagraph.Write(County, Figures(new()
        {
            ["reconsideration.cases_received"] = 39, ["reconsideration.cases_accepted"] = 35,
            ["reconsideration.cases_not_accepted"] = 4, ["reconsideration.cases_concluded"] = 28,
            ["reconsideration.cases_pending"] = 7, ["reconsideration.decision.annulled"] = 3,
            ["reconsideration.decision.upheld"] = 10, ["reconsideration.decision.claim_dismissed"] = 3,
            ["reconsideration.decision.terminated"] = 9, ["reconsideration.decision.settled_withdrawn"] = 3,
            ["reconsideration.corrected"] = 3,
            ["reconsideration.respondent.cases_received"] = 2, ["reconsideration.respondent.cases_concluded"] = 1,
            ["reconsideration.respondent.corrected"] = 1,
        }));
        Assert.StartsWith("2026年，清河县人民政府全年共办理行政复议案件39件，其中受理35件、不予受理4件；审结28件，" +
                          "其中维持10件、驳回复议请求3件、撤销3件、终止12件（其中和解撤回3件），年末尚未审结7件；" +
                          "直接纠错率10.71%，综合纠错率10.71%。", text);
        Assert.Contains("作为被申请人的行政复议案件2件，审结1件，被纠错1件，综合被纠错率100.00%。", text);
        Assert.DoesNotContain("含所属单位", text);
    }

    [Fact]
    public void Nothing_decided_leaves_no_empty_brackets_and_no_cases_say_so()
    {
        var none = ReportParagraph.Write(County, Figures(new() { ["reconsideration.cases_received"] = 2,
            ["reconsideration.cases_accepted"] = 2, ["reconsideration.cases_pending"] = 2 }));
        Assert.Contains("审结0件，年末尚未审结2件", none);
        Assert.DoesNotContain("（）", none);
        Assert.Contains("直接纠错率—", none);
        Assert.DoesNotContain("被申请人", none);

        var empty = ReportParagraph.Write(County, Figures([]));
        Assert.StartsWith("2026年，清河县人民政府全年未发生行政复议案件。", empty);

        // A department decides no reconsiderations: its paragraph starts with the cases brought against it.
        var police = ReportParagraph.Write(County with { UnitName = "清河县公安局" }, Figures(new()
        {
            ["reconsideration.respondent.cases_received"] = 8, ["reconsideration.respondent.cases_concluded"] = 7,
            ["reconsideration.respondent.corrected"] = 2,
        }));
        Assert.StartsWith("2026年，清河县公安局作为被申请人的行政复议案件8件，审结7件，被纠错2件，综合被纠错率28.57%。", police);
    }

    [Fact]
    public void Every_decision_type_is_named_when_it_occurs()
    {
        var counts = new Dictionary<string, long> { ["reconsideration.cases_received"] = 20 };
        foreach (var decision in Labels.Decision.Keys)
            counts[$"reconsideration.decision.{ReconsiderationFigures.Slug(decision)}"] = 1;
        var text = ReportParagraph.Write(County, Figures(counts));
        foreach (var (decision, label) in Labels.Decision)
            if (decision is not (ReconsiderationDecision.Terminated or ReconsiderationDecision.SettledWithdrawn))
                Assert.Contains($"{label}1件", text);
        Assert.Contains("终止2件（其中和解撤回1件）", text);
    }
}
