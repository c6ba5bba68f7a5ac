using Fazhi.Kernel.Modules;
using Fazhi.ReportReview.Input;

namespace Fazhi.Features.Review;

/// <summary>报告评议: published annual reports read, checked and compared (the Fazhi.ReportReview
/// library).</summary>
public sealed class ReviewFeature : IFeature
{
    public string Area => "review";
    public string Title => "报告评议";

    public void MapApi(IEndpointRouteBuilder api) =>
        api.MapPost("/review", async (HttpRequest request) =>
        {
            if (!request.HasFormContentType)
                return Results.Problem(title: "请以表单（multipart/form-data）上传报告文件（file）" +
                    "或提交文本（text）",
                    statusCode: 415);
            var form = await request.ReadFormAsync();
            List<ReportReview.Review> reviews;
            try
            {
                reviews = await ReviewUploads.ReadAsync(form.Files);
                if (form["text"].ToString() is { Length: > 0 } text)
                    reviews.Add(ReportReview.Review.OfText("粘贴的文本", text));
            }
            catch (UnreadableReportException e) { return Results.Problem(title: e.Message, statusCode: 400); }
            if (reviews.Count == 0)
                return Results.Problem(title: "请上传报告文件（file）或提交文本（text）",
                    statusCode: 400);
            return Results.Text(ReviewOutput.ToJson(reviews), "application/json; charset=utf-8");
        }).WithTags(Title).WithSummary("评议法治政府建设年度报告：上传 .txt/.html/.docx/.pdf（file，" +
            "可多个）或提交文本（text）");

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Statistics, Title, "/review", "ti-file-search", 30)];

    public IEnumerable<CliVerb> Verbs => [new(null, _ => ReviewCommand.Build())];
}
