using System.Security.Claims;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>/api/enforcement/cases: the same service as the pages, the same data scope. A person's 身份证号 is
/// masked unless the caller holds the identity permission.</summary>
public static class CaseApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/enforcement/cases").WithTags("行政执法");
        g.MapGet("/", async (string? search, PowerKind? kind, CaseStatus? status, int? year, int? page,
            CaseService svc, ClaimsPrincipal user, IAuthorizationService auth) =>
        {
            var (rows, total) = await svc.PageAsync(new CaseFilter(search, kind, status, year), page ?? 1);
            var full = await OfficerApi.SeesIdentityAsync(auth, user);
            return new
            {
                total = Math.Min(total, ListCount.Cap), more = ListCount.Capped(total), page = page ?? 1,
                rows = rows.Select(c => Json(c, full)),
            };
        }).WithSummary("执法案件列表（检索、类型、状态、立案年度，分页；" +
            "超过10,000条时 total 为10000、more 为 true）");
        g.MapGet("/{id:int}", async (int id, CaseService svc, ClaimsPrincipal user, IAuthorizationService auth) =>
        {
            var c = await svc.FindAsync(id) ?? throw new KeyNotFoundException(CaseWorkflow.NotFound);
            var deadlines = (await svc.DeadlinesAsync(c)).Select(d => DeadlineJson.Of(d, svc.Today));
            return new
            {
                @case = Json(c, await OfficerApi.SeesIdentityAsync(auth, user)), deadlines,
                timeline = await svc.TimelineAsync(id),
            };
        }).WithSummary("执法案件详情：执法人员、法定期限、全过程记录、办理过程");
        g.MapPost("/", async (RegisterCaseRequest r, CaseService svc) =>
        {
            var c = await svc.RegisterAsync(r);
            return TypedResults.Created($"/api/enforcement/cases/{c.Id}", Json(c, false));
        }).RequireAuthorization(OfficerApi.Write).WithSummary("立案（登记执法案件）");
        Step<NoticeRequest>(g, "notice", "告知拟处罚内容及陈述、申辩、听证权利（第44、63条）",
            (s, id, r) => s.NotifyAsync(id, r));
        Step<CaseStepRequest>(g, "hearing-request", "登记当事人要求听证（第64条）",
            (s, id, r) => s.RequestHearingAsync(id, r));
        Step<CaseStepRequest>(g, "hearing", "登记举行听证", (s, id, r) => s.HoldHearingAsync(id, r));
        Step<RecusalRequest>(g, "recusal", "登记执法人员回避（第43条）",
            (s, id, r) => s.RecuseAsync(id, r));
        Step<LegalReviewRequest>(g, "legal-review", "登记法制审核（第58条）",
            (s, id, r) => s.ReviewAsync(id, r));
        g.MapPost("/{id:int}/decision", async (int id, DecisionRequest r, CaseService svc) =>
        {
            var (c, warning) = await svc.DecideAsync(id, r);
            return new { @case = Json(c, false), warning };
        }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("登记决定（须先告知；第58条情形须法制审核通过；" +
                "超出裁量基准时返回提醒）");
        Step<CoercionExtensionRequest>(g, "coercion-extension",
            "延长查封、扣押或者冻结后作出处理决定的期限" +
            "（行政强制法第25、32条：负责人批准，只延长一次，不超过三十日）",
            (s, id, r) => s.ExtendCoercionAsync(id, r));
        Step<TestingRequest>(g, "coercion-testing",
            "登记检测、检验、检疫或者技术鉴定期间（行政强制法第25条第3款：" +
                "期间应当明确并书面告知当事人，不计入查封、扣押期间）",
            (s, id, r) => s.RecordTestingAsync(id, r));
        Step<DisposalRequest>(g, "disposal",
            "登记查封、扣押或者冻结的处理决定（没收、销毁或者解除，第27、32条）",
            (s, id, r) => s.DisposeAsync(id, r));
        Step<DeliveryRequest>(g, "delivery", "登记送达决定书（第61条）",
            (s, id, r) => s.DeliverAsync(id, r));
        Step<PublicationRequest>(g, "publication", "登记公开执法决定（国办发〔2018〕118号）",
            (s, id, r) => s.PublishAsync(id, r));
        Step<CaseStepRequest>(g, "execution", "登记执行完毕", (s, id, r) => s.ExecuteAsync(id, r));
        Step<CaseStepRequest>(g, "overturned", "登记决定被变更、撤销或确认违法、无效",
            (s, id, r) => s.OverturnAsync(id, r));
        Step<CaseStepRequest>(g, "withdrawal", "登记撤回公开（第48条第2款）",
            (s, id, r) => s.WithdrawAsync(id, r));
        Step<CaseStepRequest>(g, "closure", "结案", (s, id, r) => s.CloseAsync(id, r));
        // The fields are read from the form here, so a missing or malformed one is a 400 with its name — once the
        // case is known to be the caller's.
        g.MapPost("/{id:int}/records", async (int id, IFormFile? file, HttpRequest request, CaseService svc) =>
        {
            if (!await svc.ExistsAsync(id)) throw new KeyNotFoundException(CaseWorkflow.NotFound);
            return Json(await svc.AddRecordAsync(id, RecordRequest.From(request.Form),
                file is null ? null : (file.FileName, file.ContentType ?? "", file.OpenReadStream())), false);
        }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("添加全过程记录（第47条；文件不超过20 MB；" +
                "表单字段 version、stage、form、title、recordedOn）");
        g.MapGet("/records/{recordId:int}/file", async (int recordId, CaseService svc) =>
            await svc.FileAsync(recordId) is { File: { } file } r
                ? Results.File(file.Content, r.ContentType ?? "application/octet-stream", r.FileName)
                : Results.NotFound())
            .WithSummary("下载全过程记录的文件（所属案件须在数据权限范围内）");
        g.MapPost("/import", async (IFormFile file, IServiceProvider sp) =>
        {
            var report = await CaseImport.ImportAsync(sp, file.OpenReadStream());
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(OfficerApi.Write)
            .WithSummary("导入立案台账（办理中的案件；有任何错误则整表不导入）");
        g.MapGet("/export", (string? search, PowerKind? kind, CaseStatus? status, int? year, CaseService svc) =>
            ApiResults.XlsxAsync("行政执法案件台账.xlsx",
                async s => await CaseExport.WriteAsync(
                    await svc.QueryAsync(new CaseFilter(search, kind, status, year)), s)))
            .WithSummary("导出台账（Excel）");
    }

    static void Step<T>(RouteGroupBuilder g, string path, string summary,
        Func<CaseService, int, T, Task<EnforcementCase>> step) =>
        g.MapPost($"/{{id:int}}/{path}", async (int id, T r, CaseService svc) => Json(await step(svc, id, r), false))
            .RequireAuthorization(OfficerApi.Write).WithSummary(summary);

    public static string? PartyCode(EnforcementCase c, bool full) =>
        c.PartyCode is { } code && c.PartyKind == PartyKind.Person && !full ? OfficerRules.Masked(code) : c.PartyCode;

    static object Json(EnforcementCase c, bool full) => new
    {
        c.Id, c.Number, agency = c.Unit?.Name, c.UnitId, kind = CaseLabels.Kind(c.Kind), power = c.Power?.Name,
        c.PowerId, party = CaseLabels.Party[c.PartyKind], c.PartyName, partyCode = PartyCode(c, full), c.Facts,
        c.Evidence, c.FiledOn, c.DecisionDue, reviewGround = c.ReviewGround is { } g ? CaseLabels.Ground[g] : null,
        handlers = c.Handlers.Select(h => new
        {
            h.Id, h.OfficerId, h.Officer?.Name, certificate = h.Officer?.CertificateNumber, h.AssignedOn,
            h.RecusedOn, applicant = h.RecusalApplicant is { } a ? CaseLabels.Applicant[a] : null, h.RecusalReason,
            h.RecusalDecidedBy,
        }),
        c.NotifiedOn, c.HearingNotified, c.HearingRequestedOn, c.HearingHeldOn,
        legalReviewRequired = CaseRules.ReviewRequired(c), c.LegalReviewedOn, c.LegalReviewer, c.LegalReviewPassed,
        c.LegalReviewOpinion, c.DecidedOn, outcome = c.Outcome is { } o ? CaseLabels.Outcome[o] : null,
        sorts = CaseLabels.Sorts(c.Sorts), c.Amount, standard = c.Standard?.Circumstance, c.OutsideBand,
        measure = c.Measure is { } m ? CaseLabels.Measure[m] : null, c.DisposedOn,
        disposal = c.Disposal is { } d ? CaseLabels.Disposals[d] : null,
        testing = c.Testing is { } t ? CaseLabels.Testing[t] : null, c.TestingFrom, c.TestingTo, c.TestingNotifiedOn,
        c.DeliveredOn, c.DeliveredOnSpot, c.PublicityDue, c.PublishedOn, c.PublicationUrl, c.ExecutedOn,
        c.OverturnedOn, c.WithdrawnOn, c.ClosedOn, status = CaseLabels.Status[c.Status],
        records = c.Records.Select(r => new
        {
            r.Id, stage = CaseLabels.Stage[r.Stage], form = CaseLabels.Form[r.Form], r.Title, r.RecordedOn,
            r.FileName, r.Size, r.Sha256,
        }),
        c.Version,
    };
}
