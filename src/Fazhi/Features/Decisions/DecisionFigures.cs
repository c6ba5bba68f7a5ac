using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Decisions;

/// <summary>重大行政决策 in numbers, over the decisions made (集体讨论决定通过) in the year: how many, and how many went
/// through each procedure rather than being exempted from it, as reports write "作出重大行政决策12项，均严格履行公众参与、
/// 专家论证、风险评估、合法性审查、集体讨论决定程序".</summary>
public class DecisionFigures(FazhiDb db) : SpecFigureSource<MajorDecision>
{
    public override string Area => "decisions";
    public override string AreaLabel => "重大行政决策";

    protected override IQueryable<MajorDecision> InScope(FigureScope s) => s.WholeTree
        ? db.MajorDecisions : db.MajorDecisions.Where(d => s.SubtreeUnitIds.Contains(d.UnitId));

    protected override Tallied Tally => new(db, d => d.UnitId, DateOnly.MinValue);

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<MajorDecision> records) =>
        records.OrderBy(d => d.MeetingOn).ThenBy(d => d.Id).Select(d => new FigureRecordRow(d.Id,
            d.MeetingOn!.Value.Year + "-" + d.Id, d.Title, d.Unit!.Name,
            d.State == DecisionState.Published ? "已公布" : "已决定", "/decisions/" + d.Id));

    protected override Expression<Func<MajorDecision, bool>> Window(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return d => d.MeetingOn >= from && d.MeetingOn <= to;
    }

    protected override IReadOnlyList<FigureSpec<MajorDecision>> Specs(int year)
    {
        const DecisionState adopted = DecisionState.Adopted, published = DecisionState.Published;
        Expression<Func<MajorDecision, bool>> made = d => d.State == adopted || d.State == published;
        var decided = Window(year); // one instance: the figures are counted in one pass
        IReadOnlyList<FigureSpec<MajorDecision>> specs =
        [
            new("decisions.made", "作出重大行政决策", "项", made, null,
                $"{year}年经集体讨论决定通过的重大行政决策数"),
            new("decisions.participation", "经公众参与", "项",
                d => (d.State == adopted || d.State == published) && d.ParticipationExempt == null, null,
                $"{year}年作出的决策中，履行公众参与程序的（未说明不适用）"),
            new("decisions.hearings", "举行听证", "项",
                d => (d.State == adopted || d.State == published) && d.HearingOn != null, null,
                $"{year}年作出的决策中，召开听证会的"),
            new("decisions.expert", "经专家论证", "项",
                d => (d.State == adopted || d.State == published) && d.ExpertExempt == null, null,
                $"{year}年作出的决策中，组织专家论证的"),
            new("decisions.risk", "经风险评估", "项",
                d => (d.State == adopted || d.State == published) && d.RiskExempt == null, null,
                $"{year}年作出的决策中，开展风险评估的"),
            new("decisions.legality_rate", "合法性审查率", "%",
                d => (d.State == adopted || d.State == published) && d.LegalityPassed == true, made,
                $"{year}年作出的决策中，经合法性审查的 ÷ 作出的决策（第25条：未经审查不得提交讨论）"),
            new("decisions.published", "已公布决策", "项", d => d.State == published, null,
                $"{year}年作出并已向社会公布的决策数（第32条）"),
        ];
        return [.. specs.Select(s => s with { Within = decided })];
    }
}
