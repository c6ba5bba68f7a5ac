using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Disputes;

/// <summary>A dispute: its parties and summary, its periods, its outcome and 司法确认, one form per step it allows.
/// </summary>
public class DisputeDetailModel(DisputeService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization)
    : RecordPage<DisputeCase>(db, authorization, DisputeApi.Write, workflow)
{
    public DateOnly Today => svc.Today;
    public IReadOnlyList<TrackedDeadline> Deadlines => svc.Deadlines(Record);
    protected override bool MayWriteCase => svc.CanWrite(Record);

    public Task<IActionResult> OnPostStepAsync(int id, DisputeStepRequest request) =>
        RunAsync(id, () => svc.StepAsync(id, request), "已办理");

    protected override Task<DisputeCase?> FindAsync(int id) => svc.FindAsync(id);
}
