using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.AnnualReport;

public sealed record DraftReportRequest(int UnitId, int Year);

public sealed record SavePartRequest(int Version, string Text);

public sealed record PublishReportRequest(int Version, string Url, DateOnly PublishedOn);

/// <summary>/api/report: the year's reports (and who is late), each report's parts, review, exports and steps.
/// </summary>
public static class YearReportApi
{
    public const string Write = "report.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/report").WithTags("年度报告");
        g.MapGet("/", async (int? year, YearReportService svc) =>
        {
            var shown = year ?? svc.Today.Year - 1;
            return (await ReportRoll.OfAsync(svc, shown)).Select(r => new
            {
                unitId = r.Unit.Id, unit = r.Unit.Name, year = shown, r.DueOn, reportId = r.Report?.Id,
                state = r.State, r.Late, r.Report?.SubmittedOn, r.Report?.PublishedOn, r.Report?.PublicationUrl,
            });
        }).WithSummary("某年度（默认上一年度）数据权限内各单位年度报告的报送和公开情况，含逾期单位");
        g.MapPost("/", async (DraftReportRequest r, YearReportService svc) =>
            await JsonAsync(svc, await svc.DraftAsync(r.UnitId, r.Year))).RequireAuthorization(Write)
            .WithSummary("起草年度报告：由统计指标和业务记录生成五个部分的初稿");
        g.MapGet("/{id:int}", async (int id, YearReportService svc) => await JsonAsync(svc, await FindAsync(svc, id)))
            .WithSummary("年度报告：各部分文字（figures 标出每个数字及其来源）、平台评议结果");
        g.MapPut("/{id:int}/parts/{part}", async (int id, ReportPart part, SavePartRequest r, YearReportService svc) =>
            await JsonAsync(svc, await svc.SavePartAsync(id, part, r.Version, r.Text))).RequireAuthorization(Write)
            .WithSummary("修改一个部分（Measures、Shortcomings、Leadership、NextYear、Other）；文字中的 {{指标=数值}} " +
                "标记是关联的统计数字，数值不能修改");
        g.MapPost("/{id:int}/submit", async (int id, VersionBody r, YearReportService svc) =>
            await JsonAsync(svc, await svc.SubmitAsync(id, r.Version))).RequireAuthorization(Write)
            .WithSummary("报送（须通过平台评议：五个部分齐全、计算无误）");
        g.MapPost("/{id:int}/publish", async (int id, PublishReportRequest r, YearReportService svc) =>
            await JsonAsync(svc, await svc.PublishAsync(id, r.Version, r.Url, r.PublishedOn)))
            .RequireAuthorization(Write).WithSummary("登记向社会公开的网址和日期");
        g.MapGet("/{id:int}/docx", async (int id, HttpRequest request, YearReportService svc) =>
        {
            var r = await FindAsync(svc, id);
            var figures = await svc.FiguresAsync(r.UnitId, r.Year);
            return Results.File(ReportDocx.Build(r.Title, ReportDocument.Paragraphs(r, figures,
                $"{request.Scheme}://{request.Host}")), ApiResults.Docx, $"{r.Title}.docx");
        }).WithSummary("下载Word（公文格式，每个数字链接到其统计的记录）");
        g.MapGet("/{id:int}/pdf", async (int id, HttpRequest request, YearReportService svc, PdfPrinter printer) =>
        {
            var r = await FindAsync(svc, id);
            if (!printer.Available)
                return Results.Problem("服务器未安装 Chromium，不能生成PDF；请下载Word或网页版", statusCode: 501);
            var html = ReportDocument.Html(r, await svc.FiguresAsync(r.UnitId, r.Year),
                $"{request.Scheme}://{request.Host}");
            return Results.File(await printer.PrintAsync(html, request.HttpContext.RequestAborted), "application/pdf",
                $"{r.Title}.pdf");
        }).WithSummary("下载PDF（由服务器上的 Chromium 打印网页版，数字保留链接；未安装时为501）");
        g.MapGet("/{id:int}/html", async (int id, YearReportService svc) =>
        {
            var r = await FindAsync(svc, id);
            return Results.Content(ReportDocument.Html(r, await svc.FiguresAsync(r.UnitId, r.Year)),
                "text/html; charset=utf-8");
        }).WithSummary("网页版（HTML，每个数字链接到其统计的记录）");
    }

    public sealed record VersionBody(int Version);

    static async Task<YearReport> FindAsync(YearReportService svc, int id) =>
        await svc.FindAsync(id) ?? throw new KeyNotFoundException(YearReportService.NotFound);

    static async Task<object> JsonAsync(YearReportService svc, YearReport r)
    {
        var figures = await svc.FiguresAsync(r.UnitId, r.Year);
        var review = YearReportService.Check(r, figures);
        return new
        {
            r.Id, r.UnitId, unit = r.Unit?.Name, r.Year, r.Title, r.DueOn, state = ReportLabels.State(r, svc.Today),
            r.SubmittedOn, r.PublishedOn, r.PublicationUrl, r.Version,
            parts = Enum.GetValues<ReportPart>().Select(p => new
            {
                part = p.ToString(), heading = ReportLabels.Heading(p, r.Year),
                text = ReportTemplate.Plain(r[p], figures), editable = ReportTemplate.ForEditing(r[p], figures),
                figures = ReportTemplate.Keys(r[p]).Distinct().Select(k => figures[k]).Select(f => new
                    { f.Key, f.Label, f.Display, f.Numerator, f.Denominator, f.RecordsUrl }),
            }),
            review = new
            {
                parts = review.Parts.Select(p => new { p.Name, p.Present }),
                arithmetic = review.Checks.Select(c => new { c.Kind, verdict = c.Verdict.ToString(), c.Quote,
                    c.Explanation }),
                score = review.Score.Total,
            },
        };
    }
}
