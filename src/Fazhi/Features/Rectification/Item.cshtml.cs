using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;
using Fazhi.Kernel.Exchange;

namespace Fazhi.Features.Rectification;

/// <summary>A rectification item: the responsible unit's measures, evidence and request for 销号, and the 督察单位's
/// extension, reassignment and review.</summary>
public class RectificationItemModel(RectificationService svc, OversightService oversights, CaseWorkflow workflow,
    FazhiDb db, IAuthorizationService authorization)
    : RecordPage<RectificationItem>(db, authorization, RectificationApi.Write, workflow)
{
    public List<KeptFileInfo> Evidence { get; private set; } = [];
    public bool CanRectify { get; private set; }
    public bool CanReview { get; private set; }
    public DateOnly Today => svc.Today;
    public bool CanExtend { get; private set; }
    /// <summary>The units the item may go to, when the caller may reassign it (empty otherwise).</summary>
    public List<Unit> ReassignTo { get; private set; } = [];
    DeadlineExtension? _extension;
    public IReadOnlyList<TrackedDeadline> Deadlines => [RectificationService.Deadline(Record, _extension)];
    protected override bool MayWriteCase => CanRectify || CanReview || CanExtend;

    public Task<IActionResult> OnPostMeasuresAsync(int id, ItemStepRequest request) =>
        RunAsync(id, () => svc.RecordMeasuresAsync(id, request), "已保存整改措施");

    public Task<IActionResult> OnPostEvidenceAsync(int id, int version, IFormFile? evidence) =>
        RunAsync(id, async () =>
        {
            if (evidence is null) throw new Kernel.DomainException("Evidence", "请选择佐证材料文件");
            await using var content = evidence.OpenReadStream();
            await svc.AddEvidenceAsync(id, version, (evidence.FileName, evidence.ContentType ?? "", content));
        }, "已上传佐证材料");

    public Task<IActionResult> OnPostSubmitAsync(int id, ItemStepRequest request) =>
        RunAsync(id, () => svc.SubmitAsync(id, request), "已申请销号");

    public Task<IActionResult> OnPostExtendAsync(int id, ExtendItemRequest request) =>
        RunAsync(id, () => svc.ExtendAsync(id, request), "已延期整改时限");

    public Task<IActionResult> OnPostReassignAsync(int id, ReassignItemRequest request) =>
        RunAsync(id, () => svc.ReassignAsync(id, request), "已改派");

    public Task<IActionResult> OnPostReviewAsync(int id, ReviewItemRequest request) =>
        RunAsync(id, () => svc.ReviewAsync(id, request), request.Accept ? "已销号" : "已退回整改");

    protected override Task<RectificationItem?> FindAsync(int id) => svc.FindAsync(id);

    protected override async Task LoadedAsync(RectificationItem item)
    {
        CanRectify = svc.CanRectify(item);
        CanReview = svc.CanReview(item);
        CanExtend = svc.CanExtend(item);
        _extension = await svc.ExtensionAsync(item.Id);
        Evidence = await svc.EvidenceOfAsync(item.Id);
        if (CanExtend && item.State == RectificationState.Open && Evidence.Count == 0)
            ReassignTo = [.. (await oversights.AssignableUnitsAsync()).Where(u => u.Id != item.UnitId)];
    }
}
