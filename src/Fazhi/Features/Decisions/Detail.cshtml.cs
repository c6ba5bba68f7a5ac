using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Decisions;

/// <summary>A major decision: its procedures, each done, exempted with its reason, or owed; one form per step it
/// allows now; its timeline.</summary>
public class DecisionDetailModel(DecisionService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization)
    : RecordPage<MajorDecision>(db, authorization, DecisionApi.Write, workflow)
{
    public DateOnly Today => svc.Today;
    public IReadOnlyList<StepForm> Forms => StepForm.For(Record);
    public DateOnly? EarliestOpinion => svc.EarliestOpinion(Record);
    protected override bool MayWriteCase => svc.CanWrite(Record);

    public Task<IActionResult> OnPostStepAsync(int id, DecisionStepRequest request) =>
        RunAsync(id, () => svc.StepAsync(id, request), "已记录");

    protected override Task<MajorDecision?> FindAsync(int id) => svc.FindAsync(id);
}
