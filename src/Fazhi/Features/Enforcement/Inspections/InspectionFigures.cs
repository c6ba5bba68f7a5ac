using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>双随机、一公开 in numbers: objects drawn, inspections done, problems found, and results
/// published within 20 working days (企业信息公示暂行条例 第6条).</summary>
public class InspectionFigures(FazhiDb db, TimeProvider clock) : SpecFigureSource<InspectionTask>
{
    public override string Area => "enforcement.inspections";
    public override string AreaLabel => "双随机抽查";

    protected override IQueryable<InspectionTask> InScope(FigureScope s) =>
        s.WholeTree ? db.InspectionTasks : db.InspectionTasks.Where(t => s.SubtreeUnitIds.Contains(t.UnitId));

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<InspectionTask> records) =>
        records.OrderBy(t => t.DrawnOn).ThenBy(t => t.Id).Select(t => new FigureRecordRow(
            t.Id, t.Object!.CreditCode ?? "", t.Object.Name, t.Plan!.Unit!.Name,
            t.PublishedOn != null ? "已公示" : t.ResultOn != null ? "已检查" : "待检查",
            "/enforcement/inspections/" + t.PlanId));

    protected override Expression<Func<InspectionTask, bool>> Window(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return t => (t.DrawnOn >= from && t.DrawnOn <= to) || (t.ResultOn >= from && t.ResultOn <= to);
    }

    protected override IReadOnlyList<FigureSpec<InspectionTask>> Specs(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Expression<Func<InspectionTask, bool>> drawn = t => t.DrawnOn >= from && t.DrawnOn <= to;
        Expression<Func<InspectionTask, bool>> inspected = t => t.ResultOn >= from && t.ResultOn <= to;
        // A result counts once published or once its period has run out unpublished.
        Expression<Func<InspectionTask, bool>> publicityOwed = t => t.ResultOn >= from && t.ResultOn <= to
            && (t.PublishedOn != null || t.PublicityDue < today);
        return
        [
            new("enforcement.inspections.drawn", "随机抽取的检查对象", "户", drawn, null,
                $"{year}年双随机抽查中随机抽取的检查对象数"),
            new("enforcement.inspections.completed_rate", "抽查任务完成率", "%",
                t => t.DrawnOn >= from && t.DrawnOn <= to && t.ResultOn != null, drawn,
                $"{year}年随机抽取的检查对象中，已登记检查结果的 ÷ 全部"),
            new("enforcement.inspections.problem_rate", "抽查发现问题率", "%",
                t => t.ResultOn >= from && t.ResultOn <= to && (t.Result == InspectionResult.RectificationOrdered
                     || t.Result == InspectionResult.CaseOpened), inspected,
                $"{year}年登记检查结果的抽查中，发现问题并责令整改或立案查处的 ÷ 全部"),
            new("enforcement.inspections.published_on_time_rate", "抽查结果按时公示率", "%",
                t => t.ResultOn >= from && t.ResultOn <= to && t.PublishedOn != null
                     && t.PublishedOn <= t.PublicityDue, publicityOwed,
                $"{year}年登记的抽查结果中，自检查之日起20个工作日内公示的 ÷ " +
                    "已公示或公示期限已届满的"),
            new("enforcement.inspections.publicity_missing", "逾期未公示的抽查结果", "户",
                t => t.ResultOn >= from && t.ResultOn <= to && t.PublishedOn == null && t.PublicityDue < today, null,
                $"{year}年登记、公示期限已届满仍未公示的抽查结果数"),
        ];
    }
}
