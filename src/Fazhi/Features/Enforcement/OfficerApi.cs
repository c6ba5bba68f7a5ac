using System.Security.Claims;
using Fazhi.Kernel.Host;
using Microsoft.AspNetCore.Authorization;

namespace Fazhi.Features.Enforcement;

/// <summary>/api/enforcement/officers: the same service as the pages, the same data scope. 身份证号 is masked
/// unless
/// the caller holds the identity permission.</summary>
public static class OfficerApi
{
    public const string Write = "enforcement.write";
    public const string Identity = "enforcement.identity";

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/enforcement/officers").WithTags("行政执法");
        g.MapGet("/", async (string? search, bool? expiring, int? page, OfficerService svc, ClaimsPrincipal user,
            IAuthorizationService auth) =>
        {
            var (rows, total) = await svc.PageAsync(search, expiring == true, page ?? 1);
            var full = await SeesIdentityAsync(auth, user);
            return new { total, page = page ?? 1, rows = rows.Select(o => Json(o, full, svc.Today)) };
        }).WithSummary("执法人员列表（检索；expiring=true 为90日内执法证到期的人员）");
        g.MapGet("/{id:int}", async (int id, OfficerService svc, ClaimsPrincipal user, IAuthorizationService auth) =>
            Json(await svc.FindAsync(id) ?? throw new KeyNotFoundException(OfficerService.NotFound),
                await SeesIdentityAsync(auth, user), svc.Today)).WithSummary("执法人员详情");
        g.MapPost("/", async (RegisterOfficerRequest r, OfficerService svc) =>
        {
            var o = await svc.RegisterAsync(r);
            return TypedResults.Created($"/api/enforcement/officers/{o.Id}", Json(o, false, svc.Today));
        }).RequireAuthorization(Write).WithSummary("登记执法人员");
        g.MapPost("/{id:int}/training", async (int id, TrainingRequest r, OfficerService svc) =>
            Json(await svc.RecordTrainingAsync(id, r), false, svc.Today)).RequireAuthorization(Write)
            .WithSummary("登记年度培训学时");
        g.MapPost("/{id:int}/status", async (int id, OfficerStatusRequest r, OfficerService svc) =>
            Json(await svc.SetStatusAsync(id, r), false, svc.Today)).RequireAuthorization(Write)
            .WithSummary("变更执法人员状态（在岗、暂停执法、证件注销）");
        g.MapGet("/export", (string? search, bool? expiring, OfficerService svc) =>
            ApiResults.XlsxAsync("执法人员台账.xlsx",
                s => OfficerExchange.ExportAsync(svc.Query(search, expiring == true), s)))
            .WithSummary("导出执法人员台账（Excel，身份证号脱敏）");
        g.MapPost("/import", async (IFormFile file, IServiceProvider sp) =>
        {
            var report = await OfficerExchange.ImportAsync(sp, file.OpenReadStream());
            return report.Errors.Count == 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
        }).RequireAuthorization(Write).WithSummary("导入执法人员台账（有任何错误则整表不导入）");
    }

    public static async Task<bool> SeesIdentityAsync(IAuthorizationService auth, ClaimsPrincipal user) =>
        (await auth.AuthorizeAsync(user, Identity)).Succeeded;

    static object Json(EnforcementOfficer o, bool fullIdentity, DateOnly today) => new
    {
        o.Id, o.UnitId, agency = o.Unit?.Name, o.Name,
        idNumber = fullIdentity ? o.IdNumber : OfficerRules.Masked(o.IdNumber),
        o.CertificateNumber, o.CertificateValidUntil, status = OfficerRules.StatusLabels[o.Status],
        certified = OfficerRules.IsCertifiedOn(o, today),
        training = o.Trainings.GroupBy(t => t.Year).OrderBy(y => y.Key)
            .Select(y => new { year = y.Key, hours = y.Sum(t => t.Hours) }),
    };
}
