using Fazhi.Kernel.Figures;

namespace Fazhi.Features.AnnualReport;

/// <summary>The reconsideration-and-litigation paragraph of the annual report, in the register of the seeds' reports
/// ("共受理行政复议案件39件，审结28件。审结案件中，维持或驳回13件……"); every number is a
/// Figure. Cases the unit handled
/// as 复议机关 (办理) and cases brought against it (被申请) are separate sentences, never summed.</summary>
public static class ReportParagraph
{
    /// <summary>Decision types in the order reports list them; 终止 (with its 和解撤回 part) closes the
    /// list.</summary>
    static readonly string[] DecisionOrder =
    [
        "upheld", "claim_dismissed", "application_dismissed", "annulled", "partly_annulled", "varied",
        "confirmed_unlawful", "confirmed_void", "performance_ordered", "agreement_liability_ordered",
        "agreement_compensation_ordered", "mediated",
    ];

    /// <summary>The paragraph as printed, or (linked) as a report template whose numbers are figure tokens.
    /// </summary>
    public static string Write(FigureScope scope, IReadOnlyList<Figure> figures, bool linked = false)
    {
        var f = figures.ToDictionary(x => x.Key);
        long N(string key) => f[key].Numerator ?? (long)f[key].Value;
        string C(string key) => linked ? ReportTemplate.Of(key) : $"{N(key)}件";
        string Rate(string key) =>
            linked ? ReportTemplate.Of(key) : f[key].Denominator is > 0 ? $"{f[key].Value:0.00}%" : "—";
        string Optional(string what, string key) => N(key) > 0 ? $"、{what}{C(key)}" : "";
        // A rate's numerator, stated so that the reader can check the rate against the count beside it.
        string Counted(string rate) => (linked ? ReportTemplate.Numerator(rate) : N(rate).ToString()) + "件";

        var text = $"{scope.Year}年，{scope.UnitName}";
        var handled = N("reconsideration.cases_received") + N("reconsideration.cases_concluded") > 0;
        var against =
            N("reconsideration.respondent.cases_received") + N("reconsideration.respondent.cases_concluded") > 0;
        if (handled)
            text += $"全年共办理行政复议案件{C("reconsideration.cases_received")}，" +
                    $"其中受理{C("reconsideration.cases_accepted")}" +
                    Optional("不予受理", "reconsideration.cases_not_accepted") +
                    Optional("申请人逾期不补正视为放弃", "reconsideration.cases_abandoned") +
                    $"；审结{C("reconsideration.cases_concluded")}" +
                    Decisions(f, "reconsideration", N, C, linked) +
                    $"，年末尚未审结{C("reconsideration.cases_pending")}；" +
                    $"直接纠错率{Rate("reconsideration.direct_correction_rate")}，" +
                    $"综合纠错率{Rate("reconsideration.correction_rate")}。";
        else if (!against) text += "全年未发生行政复议案件。";
        if (against)
            text += $"作为被申请人的行政复议案件{C("reconsideration.respondent.cases_received")}，" +
                    $"审结{C("reconsideration.respondent.cases_concluded")}，" +
                    $"被纠错{Counted("reconsideration.respondent.correction_rate")}，" +
                    $"综合被纠错率{Rate("reconsideration.respondent.correction_rate")}。";
        text += $"全年新收行政应诉案件{C("litigation.cases_received")}，" +
            $"审结{C("litigation.cases_concluded")}，" +
                $"其中败诉{C("litigation.cases_lost")}，败诉率{Rate("litigation.loss_rate")}；" +
                $"开庭审理{C("litigation.cases_heard")}，" +
                $"行政机关负责人出庭应诉{Counted("litigation.appearance_rate")}，" +
                $"出庭应诉率{Rate("litigation.appearance_rate")}。";
        return text;
    }

    /// <summary>"，其中维持9件、驳回复议请求3件、撤销2件，终止4件（其中和解撤回3件）";
    /// nothing when none was decided. Linked, the two kinds of 终止 are named apart: a sum is no one figure.</summary>
    static string Decisions(Dictionary<string, Figure> f, string area, Func<string, long> n, Func<string, string> c,
        bool linked)
    {
        string Key(string slug) => $"{area}.decision.{slug}";
        long Count(string slug) => f.ContainsKey(Key(slug)) ? n(Key(slug)) : 0;
        var parts = DecisionOrder.Where(slug => Count(slug) > 0)
            .Select(slug => $"{f[Key(slug)].Label["决定：".Length..]}{c(Key(slug))}").ToList();
        var (settled, terminated) = (Count("settled_withdrawn"), Count("terminated"));
        if (linked)
        {
            if (terminated > 0) parts.Add($"终止{c(Key("terminated"))}");
            if (settled > 0) parts.Add($"和解撤回终止{c(Key("settled_withdrawn"))}");
        }
        else if (settled + terminated > 0)
            parts.Add($"终止{settled + terminated}" +
                "件" + (settled > 0 ? $"（其中和解撤回{settled}件）" : ""));
        return parts.Count == 0 ? "" : "，其中" + string.Join("、", parts);
    }
}
