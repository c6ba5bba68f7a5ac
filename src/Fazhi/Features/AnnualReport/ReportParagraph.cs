using Fazhi.Kernel.Figures;

namespace Fazhi.Features.AnnualReport;

/// <summary>The reconsideration-and-litigation paragraph of the annual report, in the seeds' style; every number is a
/// Figure.</summary>
public static class ReportParagraph
{
    public static string Write(FigureScope scope, IReadOnlyList<Figure> figures)
    {
        var f = figures.ToDictionary(x => x.Key);
        string N(string key) => f[key].Value.ToString("0");
        string Rate(string key) => f[key].Denominator is > 0 ? $"{f[key].Value:0.00}%" : "—";

        var decisions = figures.Where(x => x.Key.StartsWith("reconsideration.decision.") && x.Value > 0)
            .OrderByDescending(x => x.Value).Select(x => $"{x.Label["决定：".Length..]}{x.Value:0}件");
        var text = $"{scope.Year}年，{scope.UnitName}（含所属单位）全年共办理行政复议案件{N("reconsideration.cases_received")}件，" +
                   $"其中受理{N("reconsideration.cases_accepted")}件、不予受理{N("reconsideration.cases_not_accepted")}件；" +
                   $"审结{N("reconsideration.cases_concluded")}件（{string.Join("、", decisions)}），" +
                   $"年末尚未审结{N("reconsideration.cases_pending")}件；" +
                   $"直接纠错率{Rate("reconsideration.direct_correction_rate")}，" +
                   $"综合纠错率{Rate("reconsideration.correction_rate")}。";
        text += $"全年新收行政应诉案件{N("litigation.cases_received")}件，审结{N("litigation.cases_concluded")}件，" +
                $"其中败诉{N("litigation.cases_lost")}件，败诉率{Rate("litigation.loss_rate")}；" +
                $"开庭审理{N("litigation.cases_heard")}件，行政机关负责人出庭应诉率{Rate("litigation.appearance_rate")}。";
        return text;
    }
}
