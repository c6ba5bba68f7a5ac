using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Rectification;

/// <summary>督察整改 in numbers, over the items given to units in the year: how many, how many closed (销号), closed
/// by their deadline, and still open past it — as a report says "提出整改意见26条，均已完成整改".</summary>
public class RectificationFigures(FazhiDb db, TimeProvider clock) : SpecFigureSource<RectificationItem>
{
    public override string Area => "rectification";
    public override string AreaLabel => "督察整改";

    protected override IQueryable<RectificationItem> InScope(FigureScope s) => s.WholeTree
        ? db.RectificationItems : db.RectificationItems.Where(i => s.SubtreeUnitIds.Contains(i.UnitId));

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<RectificationItem> records) =>
        records.OrderBy(i => i.AssignedOn).ThenBy(i => i.Id).Select(i => new FigureRecordRow(
            i.Id, "第" + i.Number + "项", i.Problem, i.Unit!.Name,
            i.State == RectificationState.Closed ? "已销号" : i.State == RectificationState.Submitted ? "待销号审核"
                : "整改中", "/rectification/items/" + i.Id));

    protected override Expression<Func<RectificationItem, bool>> Window(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return i => i.AssignedOn >= from && i.AssignedOn <= to;
    }

    protected override IReadOnlyList<FigureSpec<RectificationItem>> Specs(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Expression<Func<RectificationItem, bool>> given = i => i.AssignedOn >= from && i.AssignedOn <= to;
        Expression<Func<RectificationItem, bool>> due = i => i.AssignedOn >= from && i.AssignedOn <= to
            && (i.State == RectificationState.Closed || i.DueOn < today);
        return
        [
            new("rectification.items", "督察整改问题", "项", given, null,
                $"{year}年交办整改的督察问题（整改清单事项）数"),
            new("rectification.closed_rate", "整改完成率", "%",
                i => i.AssignedOn >= from && i.AssignedOn <= to && i.State == RectificationState.Closed, given,
                $"{year}年交办的整改事项中，已审核销号的 ÷ 全部"),
            new("rectification.on_time_rate", "按期整改率", "%",
                i => i.AssignedOn >= from && i.AssignedOn <= to && i.State == RectificationState.Closed
                     && i.ClosedOn <= i.DueOn, due,
                $"{year}年交办的整改事项中，在整改时限内销号的 ÷ 已销号或整改时限已届满的"),
            new("rectification.overdue", "逾期未销号", "项",
                i => i.AssignedOn >= from && i.AssignedOn <= to && i.State != RectificationState.Closed
                     && i.DueOn < today, null,
                $"{year}年交办、整改时限已届满仍未销号的事项数"),
        ];
    }
}
