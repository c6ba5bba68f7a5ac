using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement;

/// <summary>The 权责清单 in numbers: its items, its items of each kind, and the share published
/// (事前公示), as the list stands.</summary>
public class PowerFigures(FazhiDb db) : SpecFigureSource<EnforcementPower>
{
    public override string Area => "enforcement.powers";
    public override string AreaLabel => "权责清单";

    protected override IQueryable<EnforcementPower> InScope(FigureScope s) =>
        s.WholeTree ? db.EnforcementPowers : db.EnforcementPowers.Where(p => s.SubtreeUnitIds.Contains(p.UnitId));

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<EnforcementPower> records) =>
        records.OrderBy(p => p.Unit!.Name).ThenBy(p => p.Name).ThenBy(p => p.Id).Select(p => new FigureRecordRow(
            p.Id, p.Code ?? "", p.Name, p.Unit!.Name, p.Kind.ToString(), "/enforcement/powers/" + p.Id));

    protected override Expression<Func<EnforcementPower, bool>> Window(int year) => p => true;

    /// <summary>Keys by kind: enforcement.powers.penalty, enforcement.powers.licensing, ….</summary>
    public static string KeyOf(PowerKind kind) => $"enforcement.powers.{kind.ToString().ToLowerInvariant()}";

    protected override IReadOnlyList<FigureSpec<EnforcementPower>> Specs(int year) =>
    [
        new("enforcement.powers.total", "权责清单事项", "项", p => true, null,
            "权责清单中登记的事项数（按当前清单）"),
        .. PowerRules.KindLabels.Select(kv => new FigureSpec<EnforcementPower>(KeyOf(kv.Key), kv.Value, "项",
            Of(kv.Key), null, $"权责清单中权力类型为{kv.Value}的事项数")),
        new("enforcement.powers.published_rate", "权责清单事前公示率", "%",
            p => p.PublishedOn != null, p => true,
            "权责清单中已向社会公示的事项 ÷ 全部事项（按当前清单）"),
    ];

    static Expression<Func<EnforcementPower, bool>> Of(PowerKind kind) => p => p.Kind == kind;
}
