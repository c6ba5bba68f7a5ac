using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>案卷评查 in numbers: files scored in the year's campaigns, and the shares in the top grade, at or
/// above the pass line, and failed by a veto — counted for the agencies whose files they are.</summary>
public class ReviewFigures(FazhiDb db) : SpecFigureSource<FileReview>
{
    public override string Area => "enforcement.file_reviews";
    public override string AreaLabel => "行政执法案卷评查";

    protected override IQueryable<FileReview> InScope(FigureScope s) =>
        s.WholeTree ? db.FileReviews : db.FileReviews.Where(f => s.SubtreeUnitIds.Contains(f.CaseUnitId));

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<FileReview> records) =>
        records.OrderBy(f => f.CampaignId).ThenBy(f => f.Id).Select(f => new FigureRecordRow(
            f.Id, f.Case!.Number, f.Campaign!.Name, f.Case.Unit!.Name, f.Grade ?? "未评",
            "/enforcement/file-reviews/" + f.Id));

    protected override Expression<Func<FileReview, bool>> Window(int year) => f => f.Year == year;

    protected override IReadOnlyList<FigureSpec<FileReview>> Specs(int year)
    {
        Expression<Func<FileReview, bool>> scored = f => f.Year == year && f.ReviewedOn != null;
        return
        [
            new("enforcement.file_reviews.scored", "评查案卷", "件", scored, null,
                $"{year}年度评查活动中已评分的案卷数"),
            new("enforcement.file_reviews.top_rate", "评为最高等次的比例", "%",
                f => f.Year == year && f.ReviewedOn != null && f.TopGrade, scored,
                $"{year}年度已评分案卷中评为最高等次（如优秀）的 ÷ 已评分案卷"),
            new("enforcement.file_reviews.passing_rate", "合格（含以上等次）的比例", "%",
                f => f.Year == year && f.ReviewedOn != null && f.Passing, scored,
                $"{year}年度已评分案卷中达到合格线（如合格、一类以上）的 ÷ 已评分案卷"),
            new("enforcement.file_reviews.vetoed", "因否决项不合格的案卷", "件",
                f => f.Year == year && f.ReviewedOn != null && f.Vetoed, null,
                $"{year}年度已评分案卷中触发否决项（主体不合法、" +
                    $"执法人员无证或少于两人、证据不足等）的"),
        ];
    }
}
