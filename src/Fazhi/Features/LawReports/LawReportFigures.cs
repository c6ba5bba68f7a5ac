using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.LawReports;

/// <summary>述法 in numbers for the year reported on: who owed one, who gave it (the coverage a report states as
/// "年终述法达到全覆盖"), how many at the meeting, and how they were graded.</summary>
public class LawReportFigures(FazhiDb db) : SpecFigureSource<LawReport>
{
    public override string Area => "lawreports";
    public override string AreaLabel => "述法";

    protected override IQueryable<LawReport> InScope(FigureScope s) =>
        s.WholeTree ? db.LawReports : db.LawReports.Where(r => s.SubtreeUnitIds.Contains(r.UnitId));

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<LawReport> records) =>
        records.OrderBy(r => r.Unit!.Path).Select(r => new FigureRecordRow(r.Id, r.Year + "年度",
            (r.LeaderPost ?? "") + (r.LeaderName ?? ""), r.Unit!.Name,
            r.ReportedOn == null ? "未述法" : r.Form == LawReportForm.Meeting ? "会议述法" : "书面述法",
            "/lawreports/" + r.Id));

    protected override Expression<Func<LawReport, bool>> Window(int year) => r => r.Year == year;

    protected override IReadOnlyList<FigureSpec<LawReport>> Specs(int year)
    {
        Expression<Func<LawReport, bool>> owed = r => r.Year == year;
        Expression<Func<LawReport, bool>> given = r => r.Year == year && r.ReportedOn != null;
        return
        [
            new("lawreports.owed", "应述法的党政主要负责人", "人", owed, null, $"{year}年度安排述法的单位主要负责人数"),
            new("lawreports.coverage_rate", "述法覆盖率", "%", given, owed,
                $"{year}年度安排述法的单位中，主要负责人已述法的 ÷ 全部"),
            new("lawreports.meeting", "会议述法", "人", r => r.Year == year && r.ReportedOn != null
                && r.Form == LawReportForm.Meeting, null, $"{year}年度在述法会议上述法的主要负责人数"),
            new("lawreports.excellent_rate", "述法评议为“好”的比例", "%",
                r => r.Year == year && r.Grade == LawReportGrade.Excellent, r => r.Year == year && r.Grade != null,
                $"{year}年度已评议的述法中，评议为“好”的 ÷ 已评议的"),
        ];
    }
}
