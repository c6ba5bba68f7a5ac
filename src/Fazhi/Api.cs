using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Features.AnnualReport;
using Fazhi.Features.Reconsideration;
using Fazhi.Features.Litigation;

namespace Fazhi;

/// <summary>The JSON API under /api: the same services as the pages, the same data scope.</summary>
public static class Api
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(MapErrors).DisableAntiforgery();

        api.MapGet("/units", async (FazhiDb db) => await db.Units.AsNoTracking().OrderBy(u => u.Path).ThenBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Name, kind = u.Kind.ToString(), u.DivisionCode, u.CreditCode, u.ParentId, u.Path }).ToListAsync())
            .WithSummary("单位树（按物化路径排序）");
        api.MapGet("/units/export", async (FazhiDb db) =>
        {
            var ms = new MemoryStream();
            await UnitExchange.ExportAsync(db, ms);
            return TypedResults.File(ms.ToArray(), Xlsx, "单位.xlsx");
        }).WithSummary("导出单位树（Excel）");
        api.MapPost("/units/import", async (IFormFile file, FazhiDb db) =>
        {
            var report = await UnitExchange.ImportAsync(db, file.OpenReadStream());
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization("admin").WithSummary("导入单位（有任何错误则整表不导入）");

        api.MapGet("/figures", async (string unit, int year, FigureService figures, CancellationToken ct) =>
        {
            var scope = await figures.ScopeByCodeAsync(unit, year, ct);
            var list = await figures.AllAsync(scope, ct);
            return new { unit = scope.UnitName, year, figures = list.Select(FigureJson) };
        }).WithSummary("某单位（含下级）某年度的全部统计指标，含分子、分母及其案件清单链接");

        api.MapGet("/figures/records", async (string key, string? part, string unit, int year, int? page, FigureService figures, CancellationToken ct) =>
        {
            var scope = await figures.ScopeByCodeAsync(unit, year, ct);
            var p = Enum.TryParse<FigurePart>(part, true, out var fp) ? fp : FigurePart.Records;
            return await figures.SourceOf(key).ListAsync(key, p, scope, page ?? 1, ct);
        }).WithSummary("某项指标（或其分子、分母）计入的全部案件");

        var recon = api.MapGroup("/reconsideration").WithTags("行政复议");
        recon.MapGet("/", async (string? search, ReconsiderationStatus? status, int? year, int? page, ReconsiderationService svc) =>
        {
            var (rows, total) = await svc.PageAsync(new CaseFilter(search, status, null, year, page ?? 1));
            return new { total, page = page ?? 1, rows = rows.Select(CaseJson) };
        });
        recon.MapGet("/{id:int}", async (int id, ReconsiderationService svc) =>
        {
            var c = await svc.FindAsync(id) ?? throw new KeyNotFoundException("案件不存在或不在您的数据权限范围内");
            var today = svc.Today;
            return new { @case = CaseJson(c), deadlines = (await svc.DeadlinesAsync(c)).Select(d => DeadlineJson(d, today)), timeline = await svc.TimelineAsync(id) };
        });
        recon.MapGet("/due", async (ReconsiderationService svc) =>
            (await svc.DueAsync(svc.Today)).Select(d => new { @case = CaseJson(d.Case), deadline = DeadlineJson(d.Deadline, svc.Today) }));
        recon.MapPost("/", async (RegisterCaseRequest r, ReconsiderationService svc) =>
        {
            var c = await svc.RegisterAsync(r.ToCase());
            return TypedResults.Created($"/api/reconsideration/{c.Id}", CaseJson(c));
        }).RequireAuthorization("write");
        recon.MapPost("/{id:int}/steps", async (int id, CaseStepRequest r, ReconsiderationService svc) =>
            CaseJson(await CaseSteps.ApplyAsync(svc, id, r))).RequireAuthorization("write");
        recon.MapPost("/{id:int}/extension", async (int id, ExtensionRequest r, ReconsiderationService svc) =>
        {
            await svc.ExtendAsync(id, r.NewDue, r.Reason, r.Approver);
            return TypedResults.NoContent();
        }).RequireAuthorization("write");
        recon.MapGet("/export", async (int? year, ReconsiderationService svc) =>
        {
            var ms = new MemoryStream();
            await CaseExchange.ExportAsync(svc.Query(new CaseFilter(Year: year)), ms);
            return TypedResults.File(ms.ToArray(), Xlsx, "行政复议台账.xlsx");
        });
        recon.MapPost("/import", async (IFormFile file, IServiceProvider sp) =>
        {
            var report = await CaseExchange.ImportAsync(sp, file.OpenReadStream());
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization("write");

        var lit = api.MapGroup("/litigation").WithTags("行政应诉");
        lit.MapGet("/", async (string? search, int? year, int? page, LitigationService svc) =>
        {
            var q = svc.Query(search, year);
            return new { total = await q.CountAsync(), rows = (await q.Skip(((page ?? 1) - 1) * LitigationService.PageSize).Take(LitigationService.PageSize).ToListAsync()).Select(LitigationJson) };
        });
        lit.MapPost("/", async (RegisterLitigationRequest r, LitigationService svc) =>
        {
            var c = await svc.RegisterAsync(r.ToCase());
            return TypedResults.Created($"/api/litigation/{c.Id}", LitigationJson(c));
        }).RequireAuthorization("write");
        lit.MapPost("/{id:int}/service", async (int id, DatedStepRequest r, LitigationService svc) =>
            LitigationJson(await svc.StepAsync(id, r.Version, r.On, "送达", "收到起诉状副本及应诉通知书", c => LitigationRules.RecordService(c, r.On)))).RequireAuthorization("write");
        lit.MapPost("/{id:int}/defence", async (int id, DatedStepRequest r, LitigationService svc) =>
            LitigationJson(await svc.StepAsync(id, r.Version, r.On, "答辩", "提交答辩状及证据材料", c => LitigationRules.SubmitDefence(c, r.On)))).RequireAuthorization("write");
        lit.MapGet("/export", async (string? search, int? year, LitigationService svc) =>
        {
            var ms = new MemoryStream();
            await LitigationExport.WriteAsync(svc.Query(search, year).Include(c => c.Hearings), ms);
            return TypedResults.File(ms.ToArray(), Xlsx, "行政应诉台账.xlsx");
        });
        lit.MapPost("/{id:int}/hearings", async (int id, HearingRequest r, LitigationService svc) =>
            LitigationJson(await svc.StepAsync(id, r.Version, r.HeldOn, "开庭", r.Describe(),
                c => LitigationRules.AddHearing(c, r.HeldOn, r.ResponsiblePersonAppeared, r.AppearedName, r.AppearedTitle, r.AbsenceExplanation)))).RequireAuthorization("write");
        lit.MapPost("/{id:int}/conclusion", async (int id, ConclusionRequest r, LitigationService svc) =>
            LitigationJson(await svc.StepAsync(id, r.Version, r.ConcludedOn, "结案", $"{LitigationRules.FormLabel[r.Form]}：{LitigationRules.OutcomeLabel[r.Outcome]}",
                c => LitigationRules.Conclude(c, r.Form, r.Outcome, r.ConcludedOn, r.OutcomeServedOn)))).RequireAuthorization("write");

        api.MapPost("/review", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            List<Fazhi.ReportReview.Review> reviews;
            try
            {
                reviews = await Features.Review.ReviewUploads.ReadAsync(form.Files);
                if (form["text"].ToString() is { Length: > 0 } text) reviews.Add(Fazhi.ReportReview.Review.OfText("粘贴的文本", text));
            }
            catch (Fazhi.ReportReview.Input.UnreadableReportException e) { return Results.Problem(title: e.Message, statusCode: 400); }
            if (reviews.Count == 0) return Results.Problem(title: "请上传报告文件（file）或提交文本（text）", statusCode: 400);
            return Results.Text(Features.Review.ReviewOutput.ToJson(reviews), "application/json; charset=utf-8");
        }).DisableAntiforgery().WithTags("年度报告评议").WithSummary("评议法治政府建设年度报告：上传 .txt/.html/.docx（file，可多个）或提交文本（text）");

        api.MapGet("/deadline", (string rule, DateOnly start, DeadlineCalculator calc) => calc.Compute(DeadlineRules.Get(rule), start))
            .WithSummary("期限计算器：返回届满日及计算过程");
        api.MapGet("/deadline/rules", () => DeadlineRules.All);

        api.MapGet("/report/reconsideration-litigation", async (string unit, int year, string? format, FigureService figures, CancellationToken ct) =>
        {
            var scope = await figures.ScopeByCodeAsync(unit, year, ct);
            var paragraph = ReportParagraph.Write(scope, await figures.AllAsync(scope, ct));
            return format == "docx"
                ? Results.File(ReportDocx.Build($"{scope.UnitName}{year}年度法治政府建设情况（行政复议和行政应诉部分）", paragraph), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{scope.UnitName}{year}年行政复议应诉情况.docx")
                : Results.Ok(new { unit = scope.UnitName, year, text = paragraph });
        }).WithSummary("年度报告中行政复议、行政应诉一段的文字（format=docx 返回Word文件）");
    }

    const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static object FigureJson(Figure f) => new
    {
        key = f.Key, label = f.Label, value = f.Value, numerator = f.Numerator, denominator = f.Denominator, unit = f.Unit,
        definition = f.Definition, display = f.Display, recordsUrl = "/api" + f.RecordsUrl,
        numeratorUrl = f.NumeratorUrl is null ? null : "/api" + f.NumeratorUrl, denominatorUrl = f.DenominatorUrl is null ? null : "/api" + f.DenominatorUrl,
    };

    static object CaseJson(ReconsiderationCase c) => new
    {
        c.Id, c.CaseNumber, c.Applicants, organ = c.Unit?.Name, c.UnitId, respondent = c.RespondentUnit?.Name, c.RespondentUnitId, c.ContestedAct,
        category = Labels.Category[c.Category], procedure = Labels.Procedure[c.Procedure], status = Labels.Status[c.Status], c.ReceivedOn, c.AcceptedOn,
        c.ConcludedOn, decision = c.Decision is { } d ? Labels.Decision[d] : null, c.RespondentSelfCorrected, c.Version,
    };

    static object LitigationJson(LitigationCase c) => new
    {
        c.Id, c.CaseNumber, defendant = c.Unit?.Name, c.UnitId, court = c.CourtUnit?.Name, instance = LitigationRules.InstanceLabel[c.Instance], c.Plaintiffs, c.Cause,
        c.FiledOn, c.ServedOn, hearings = c.Hearings.Select(h => new { h.HeldOn, h.ResponsiblePersonAppeared, h.AppearedName, h.AppearedTitle, h.AbsenceExplanation }),
        outcome = c.Outcome is { } o ? LitigationRules.OutcomeLabel[o] : null, c.ConcludedOn, c.AgencyLost, c.Version,
    };

    static object DeadlineJson(TrackedDeadline d, DateOnly today) => new
    {
        rule = d.Rule.Key, label = d.Rule.Label, legalBasis = d.Rule.LegalBasis, period = d.Rule.LengthText, start = d.Computed.Start,
        originalDue = d.OriginalDue, due = d.Due, provisional = d.Computed.Provisional, doneOn = d.DoneOn, state = d.StateText(today),
        extension = d.Extension is { } e ? new { e.NewDue, e.Reason, e.Approver, e.ApprovedOn } : null, steps = d.Computed.Steps,
    };

    /// <summary>Rule violations become 400 with the field, missing or out-of-scope records 404, stale edits 409.</summary>
    static async ValueTask<object?> MapErrors(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        try { return await next(ctx); }
        catch (DomainException e) { return Results.Problem(title: e.Message, statusCode: 400, extensions: new Dictionary<string, object?> { ["field"] = e.Field }); }
        catch (KeyNotFoundException e) { return Results.Problem(title: e.Message, statusCode: 404); }
        catch (DbUpdateConcurrencyException e) { return Results.Problem(title: e.Message.StartsWith("该") ? e.Message : "该记录已被他人修改，请刷新后重试", statusCode: 409); }
        catch (FormatException e) { return Results.Problem(title: e.Message, statusCode: 400); }
    }
}
