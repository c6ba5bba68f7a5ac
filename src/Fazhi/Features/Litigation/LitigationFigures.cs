using System.Linq.Expressions;
using Microsoft.Extensions.Options;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Litigation;

/// <summary>败诉率 and 出庭应诉率 conventions differ by region (facts.md §5): configurable, and stated with
/// the
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
    /// conclusion), or appealed by the agency in the year.</summary>
    protected override Expression<Func<LitigationCase, bool>> Window(int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return c => c.FiledOn <= to && (c.ConcludedOn == null || c.ConcludedOn >= from || c.AgencyAppealedOn >= from);
    }

    protected override IReadOnlyList<FigureSpec<LitigationCase>> Specs(int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var judgmentsOnly = options.Value.LossRateOverJudgmentsOnly;
        var lossNames = string.Join("、", LitigationRules.Losses.Select(l => LitigationLabels.Outcome[l]));
        const string PerInstance = "一审、二审、再审各计一件；复议机关作共同被告的，" +
            "计入作出原行政行为的被告";
        // 2020 规定 第7条: one appearance in an instance discharges it, so an instance is counted once, in the year
        // of its first hearing, however many hearings follow and in whatever year.
        Expression<Func<LitigationCase, bool>> firstHeard = c =>
            c.Hearings.Any(h => h.HeldOn >= from && h.HeldOn <= to) && !c.Hearings.Any(h => h.HeldOn < from);
        Expression<Func<LitigationCase, bool>> headAppeared = c =>
            c.Hearings.Any(h => h.HeldOn >= from && h.HeldOn <= to) && !c.Hearings.Any(h => h.HeldOn < from)
            && c.Hearings.Any(h => h.ResponsiblePersonAppeared);
        return
        [
            new("litigation.cases_received", "新收行政应诉案件", "件",
                c => c.FiledOn >= from && c.FiledOn <= to,
                null, $"当年法院立案的、本单位作为被告的案件数（{PerInstance}）"),
            new("litigation.cases_nonperformance", "其中不履行法定职责案件", "件",
                c => c.FiledOn >= from && c.FiledOn <= to && c.NonPerformance,
                null, "当年新收案件中，起诉行政机关不履行法定职责的（行政诉讼法第47条" +
                    "）"),
            new("litigation.cases_concluded", "审结", "件", c => c.ConcludedOn >= from && c.ConcludedOn <= to,
                null, "当年作出判决、裁定或调解结案的案件数"),
            new("litigation.cases_lost", "败诉", "件",
                c => c.ConcludedOn >= from && c.ConcludedOn <= to && c.AgencyLost,
                null, $"当年结案且结果为{lossNames}，" +
                      "或二审维持对本机关不利的原审裁判的案件数（发回重审不计败诉）"),
            new("litigation.loss_rate", "败诉率", "%",
                c => c.ConcludedOn >= from && c.ConcludedOn <= to && c.AgencyLost,
                c => c.ConcludedOn >= from && c.ConcludedOn <= to && (!judgmentsOnly || c.Form == OutcomeForm.Judgment),
                $"败诉率 = 败诉案件数（{lossNames}；二审维持不利原判的计败诉，" +
                    "发回重审不计）÷ " +
                (judgmentsOnly ? "当年以判决结案的案件数" : "当年结案案件数（含裁定、" +
                    "调解）") + $"；{PerInstance}"),
            new("litigation.cases_appealed_by_agency", "本机关提起上诉", "件",
                c => c.AgencyAppealedOn >= from && c.AgencyAppealedOn <= to,
                null, "当年本机关对一审裁判提起上诉的案件数"),
            new("litigation.cases_heard", "开庭审理", "件", firstHeard,
                null, "当年首次开庭的案件数（每个审级计一件，" +
                      "跨年度开庭的计入首次开庭年度）"),
            new("litigation.appearance_rate", "负责人出庭应诉率", "%", headAppeared, firstHeard,
                "出庭应诉率 = 当年首次开庭的案件中，行政机关负责人（正职、" +
                    "副职及其他参与分管的负责人，2020年规定第2条）" +
                "在该审级至少出庭一次的案件数 ÷ 当年首次开庭的案件数（每个审级计一件" +
                    "；同一审级出庭一次即视为履行出庭义务，" +
                "2020年规定第7条）"),
        ];
    }
}
