using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Normative;

/// <summary>A normative document: its procedures, numbers, filing deadline and review, validity; one form per step it
/// allows now; its text and timeline.</summary>
public class NormativeDetailModel(NormativeService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization)
    : RecordPage<NormativeDocument>(db, authorization, NormativeApi.Write, workflow)
{
    public DateOnly Today => svc.Today;
    public IReadOnlyList<NormativeForm> Forms => NormativeForm.For(Record);
    public TrackedDeadline? Filing { get; private set; }
    public string? FilingBody { get; private set; }
    protected override bool MayWriteCase => svc.CanWrite(Record);

    public Task<IActionResult> OnPostStepAsync(int id, NormativeStepRequest request) =>
        RunAsync(id, () => svc.StepAsync(id, request), "已记录");

    protected override Task<NormativeDocument?> FindAsync(int id) => svc.FindAsync(id);

    protected override async Task LoadedAsync(NormativeDocument d)
    {
        Filing = await svc.FilingDeadlineAsync(d);
        FilingBody = d.FiledWith ?? await svc.FilingBodyAsync(d.UnitId);
    }
}
