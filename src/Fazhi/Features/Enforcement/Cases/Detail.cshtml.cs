using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Cases;

public class CaseDetailModel(CaseService svc, FazhiDb db, IAuthorizationService authorization)
    : CasePage(db, authorization, OfficerApi.Write)
{
    public EnforcementCase Case { get; private set; } = null!;
    public IReadOnlyList<TrackedDeadline> Deadlines { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public List<PowerStandard> Standards { get; private set; } = [];
    /// <summary>Certified officers of the agency not yet on the case: who may replace a recused one.</summary>
    public List<EnforcementOfficer> Replacements { get; private set; } = [];
    public bool SeesIdentity { get; private set; }
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => svc.CanWrite(Case);

    public Task<IActionResult> OnPostNoticeAsync(int id, NoticeRequest request) =>
        RunAsync(id, () => svc.NotifyAsync(id, request), "已登记告知");

    public Task<IActionResult> OnPostHearingRequestAsync(int id, CaseStepRequest request) =>
        RunAsync(id, () => svc.RequestHearingAsync(id, request), "已登记听证申请");

    public Task<IActionResult> OnPostHearingAsync(int id, CaseStepRequest request) =>
        RunAsync(id, () => svc.HoldHearingAsync(id, request), "已登记举行听证，决定前须经法制审核");

    public Task<IActionResult> OnPostRecusalAsync(int id, RecusalRequest request) =>
        RunAsync(id, () => svc.RecuseAsync(id, request), "已登记回避");

    public Task<IActionResult> OnPostReviewAsync(int id, LegalReviewRequest request) =>
        RunAsync(id, () => svc.ReviewAsync(id, request), "已登记法制审核");

    public Task<IActionResult> OnPostDecisionAsync(int id, DecisionRequest request) =>
        RunAsync(id, () => svc.DecideAsync(id, request), "已登记决定");

    public Task<IActionResult> OnPostCoercionExtensionAsync(int id, CoercionExtensionRequest request) =>
        RunAsync(id, () => svc.ExtendCoercionAsync(id, request), "已登记延长期限");

    public Task<IActionResult> OnPostTestingAsync(int id, TestingRequest request) =>
        RunAsync(id, () => svc.RecordTestingAsync(id, request), "已登记检测期间");

    public Task<IActionResult> OnPostDisposalAsync(int id, DisposalRequest request) =>
        RunAsync(id, () => svc.DisposeAsync(id, request), "已登记处理决定");

    public Task<IActionResult> OnPostDeliveryAsync(int id, DeliveryRequest request) =>
        RunAsync(id, () => svc.DeliverAsync(id, request), "已登记送达");

    public Task<IActionResult> OnPostPublicationAsync(int id, PublicationRequest request) =>
        RunAsync(id, () => svc.PublishAsync(id, request), "已登记公开");

    public Task<IActionResult> OnPostExecutionAsync(int id, CaseStepRequest request) =>
        RunAsync(id, () => svc.ExecuteAsync(id, request), "已登记执行完毕");

    public Task<IActionResult> OnPostOverturnedAsync(int id, CaseStepRequest request) =>
        RunAsync(id, () => svc.OverturnAsync(id, request), "已登记决定被变更或撤销");

    public Task<IActionResult> OnPostWithdrawalAsync(int id, CaseStepRequest request) =>
        RunAsync(id, () => svc.WithdrawAsync(id, request), "已登记撤回公开");

    public Task<IActionResult> OnPostClosureAsync(int id, CaseStepRequest request) =>
        RunAsync(id, () => svc.CloseAsync(id, request), "已结案");

    public Task<IActionResult> OnPostRecordAsync(int id, RecordRequest request, IFormFile? file) =>
        RunAsync(id, () => svc.AddRecordAsync(id, request,
            file is null ? null : (file.FileName, file.ContentType ?? "", file.OpenReadStream())), "已添加记录");

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } c) return false;
        Case = c;
        Deadlines = await svc.DeadlinesAsync(c);
        Timeline = await svc.TimelineAsync(id);
        Standards = await svc.StandardsAsync(c.PowerId);
        var on = c.Handlers.Select(h => h.OfficerId).ToHashSet();
        Replacements = (await svc.CertifiedOfficersAsync(c.UnitId, Today)).Where(o => !on.Contains(o.Id)).ToList();
        SeesIdentity = await OfficerApi.SeesIdentityAsync(HttpContext.RequestServices
            .GetRequiredService<IAuthorizationService>(), User);
        return true;
    }
}
