using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Disputes;

/// <summary>矛盾纠纷化解 in numbers, over the disputes received in the year: people's mediation (by the level of the
/// organisation) and the 行政争议协调化解中心 apart, as reports give them ("排查化解矛盾纠纷14016件，化解成功13668件，
/// 化解成功率97.52%"). The success rate is over the disputes received (facts §5: 调解成功 ÷ 受理调解), so one still
/// open at the year's end counts against it.</summary>
public class DisputeFigures(FazhiDb db) : SpecFigureSource<DisputeCase>
{
    public override string Area => "disputes";
    public override string AreaLabel => "矛盾纠纷化解";

    protected override IQueryable<DisputeCase> InScope(FigureScope s) => s.WholeTree
        ? db.DisputeCases : db.DisputeCases.Where(c => s.SubtreeUnitIds.Contains(c.UnitId));

    protected override Tallied Tally => new(db, c => c.UnitId, DateOnly.MinValue);

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<DisputeCase> records) =>
        records.OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id).Select(c => new FigureRecordRow(
            c.Id, c.Number, c.Kind + "：" + c.Parties, c.Organisation!.Name,
            c.Outcome == DisputeOutcome.Resolved ? "调解成功" : c.Outcome == DisputeOutcome.Failed ? "调解不成"
                : c.Outcome == DisputeOutcome.Terminated ? "终止调解" : c.Outcome == DisputeOutcome.Returned ? "退回"
                : "调解中", "/disputes/" + c.Id));

    protected override Expression<Func<DisputeCase, bool>> Window(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return c => c.ReceivedOn >= from && c.ReceivedOn <= to;
    }

    const OrganisationLevel Centre = OrganisationLevel.AdministrativeCentre;

    protected override IReadOnlyList<FigureSpec<DisputeCase>> Specs(int year)
    {
        Expression<Func<DisputeCase, bool>> mediated = c => c.Level != Centre;
        Expression<Func<DisputeCase, bool>> centre = c => c.Level == Centre;
        var received = Window(year); // one instance: every figure is counted in one pass over the year's disputes
        IReadOnlyList<FigureSpec<DisputeCase>> specs =
        [
            new("disputes.cases", "受理矛盾纠纷", "件", mediated, null,
                $"{year}年人民调解组织受理的矛盾纠纷数（不含行政争议协调化解中心）"),
            new("disputes.resolved", "调解成功", "件", c => c.Level != Centre && c.Outcome == DisputeOutcome.Resolved,
                null, $"{year}年受理的矛盾纠纷中，达成调解协议的"),
            new("disputes.success_rate", "调解成功率", "%",
                c => c.Level != Centre && c.Outcome == DisputeOutcome.Resolved, mediated,
                $"调解成功率 = {year}年受理的矛盾纠纷中调解成功的 ÷ {year}年受理的矛盾纠纷（尚在调解的计入分母）"),
            new("disputes.confirmed", "司法确认", "件", c => c.Level != Centre && c.Confirmed == true, null,
                $"{year}年受理、调解成功后经人民法院确认调解协议有效的"),
            Level(OrganisationLevel.Village, "村（社区）调委会受理", year),
            Level(OrganisationLevel.Township, "乡镇（街道）调委会受理", year),
            Level(OrganisationLevel.County, "县级调委会受理", year),
            Level(OrganisationLevel.Professional, "行业性专业性调委会受理", year),
            new("disputes.centre.cases", "行政争议协调化解中心受理", "件", centre, null,
                $"{year}年行政争议协调化解中心受理的行政争议（含法院推送、复议机构转入）"),
            new("disputes.centre.from_court", "法院推送行政争议", "件",
                c => c.Level == Centre && c.Source == DisputeSource.Court, null,
                $"{year}年人民法院推送至行政争议协调化解中心的行政争议"),
            new("disputes.centre.resolved_rate", "行政争议化解成功率", "%",
                c => c.Level == Centre && c.Outcome == DisputeOutcome.Resolved, centre,
                $"{year}年行政争议协调化解中心受理的行政争议中化解成功的 ÷ 受理的（退回、尚在化解的计入分母）"),
        ];
        return [.. specs.Select(s => s with { Within = received })];
    }

    static FigureSpec<DisputeCase> Level(OrganisationLevel level, string label, int year) =>
        new($"disputes.cases.{level.ToString().ToLowerInvariant()}", label, "件", c => c.Level == level, null,
            $"{year}年{DisputeLabels.Level(level)}受理的矛盾纠纷数");
}
