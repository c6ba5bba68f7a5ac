using System.Linq.Expressions;
using Microsoft.Extensions.Options;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Litigation;

/// <summary>败诉率 and 出庭应诉率 conventions differ by region (facts.md §5): configurable, and stated with the
/// figure.</summary>
public class LitigationRateOptions
{
    /// <summary>True: 败诉率 over cases ended by judgment only; false: over all concluded cases.</summary>
    public bool LossRateOverJudgmentsOnly { get; set; }
}

public class LitigationFigures(FazhiDb db, IOptions<LitigationRateOptions> options) : SpecFigureSource<LitigationCase>
{
    public override string Area => "litigation";
    public override string AreaLabel => "行政应诉";

    protected override IQueryable<LitigationCase> InScope(FigureScope s) =>
        s.WholeTree ? db.LitigationCases : db.LitigationCases.Where(c => s.SubtreeUnitIds.Contains(c.UnitId));

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<LitigationCase> records) =>
        records.OrderBy(c => c.FiledOn).ThenBy(c => c.Id).Select(c => new FigureRecordRow(c.Id, c.CaseNumber,
            c.Plaintiffs + " 诉 " + c.Unit!.Name + "（" + c.Cause + "）", c.CourtUnit!.Name, c.Status.ToString(),
            "/litigation/" + c.Id));

    /// <summary>Filed by the year's end and not concluded before it began (a hearing always falls between filing and
    /// conclusion).</summary>
    protected override Expression<Func<LitigationCase, bool>> Window(int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return c => c.FiledOn <= to && (c.ConcludedOn == null || c.ConcludedOn >= from);
    }

    protected override IReadOnlyList<FigureSpec<LitigationCase>> Specs(int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var judgmentsOnly = options.Value.LossRateOverJudgmentsOnly;
        var losses = LitigationRules.Losses;
        var lossNames = string.Join("、", losses.Select(l => LitigationRules.OutcomeLabel[l]));
        return
        [
            new("litigation.cases_received", "新收行政应诉案件", "件", c => c.FiledOn >= from && c.FiledOn <= to,
                null, "当年法院立案的、本单位作为被告的案件数"),
            new("litigation.cases_concluded", "审结", "件", c => c.ConcludedOn >= from && c.ConcludedOn <= to,
                null, "当年作出判决或裁定结案的案件数"),
            new("litigation.cases_lost", "败诉", "件", c => c.ConcludedOn >= from && c.ConcludedOn <= to && c.AgencyLost,
                null, $"当年结案且结果为{lossNames}的案件数"),
            new("litigation.loss_rate", "败诉率", "%", c => c.ConcludedOn >= from && c.ConcludedOn <= to && c.AgencyLost,
                c => c.ConcludedOn >= from && c.ConcludedOn <= to && (!judgmentsOnly || c.Form == OutcomeForm.Judgment),
                $"败诉率 = 败诉案件数（{lossNames}）÷ {(judgmentsOnly ? "当年以判决结案的案件数" : "当年结案案件数（含裁定）")}"),
            new("litigation.cases_heard", "开庭审理", "件", c => c.Hearings.Any(h => h.HeldOn >= from && h.HeldOn <= to),
                null, "当年至少开庭一次的案件数（每个审级计一件）"),
            new("litigation.appearance_rate", "负责人出庭应诉率", "%",
                c => c.Hearings.Any(h => h.HeldOn >= from && h.HeldOn <= to && h.ResponsiblePersonAppeared),
                c => c.Hearings.Any(h => h.HeldOn >= from && h.HeldOn <= to),
                "出庭应诉率 = 当年开庭审理且行政机关负责人至少出庭一次的案件数 ÷ 当年开庭审理的案件数（同一审级出庭一次即视为履行出庭义务，2020年规定第7条）"),
        ];
    }
}
