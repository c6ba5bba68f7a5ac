using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Exchange;
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
    public List<(string Procedure, KeptFileInfo File)> Documents { get; private set; } = [];
    protected override bool MayWriteCase => svc.CanWrite(Record);

    public Task<IActionResult> OnPostDocumentAsync(int id, int version, string? procedure, IFormFile? document) =>
        RunAsync(id, async () =>
        {
            if (document is null) throw new Kernel.DomainException("Evidence", "请选择要归档的材料文件");
            await using var content = document.OpenReadStream();
            await svc.AddDocumentAsync(id, version, procedure, (document.FileName, document.ContentType ?? "",
                content));
        }, "已归档");

    public Task<IActionResult> OnPostStepAsync(int id, DecisionStepRequest request) =>
        RunAsync(id, () => svc.StepAsync(id, request), "已记录");

    protected override Task<MajorDecision?> FindAsync(int id) => svc.FindAsync(id);

    protected override async Task LoadedAsync(MajorDecision d) => Documents = await svc.DocumentsOfAsync(d.Id);
}
