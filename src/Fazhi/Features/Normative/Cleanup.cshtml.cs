using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Normative;

/// <summary>A cleanup campaign: the documents in force of its scope, each judged with its reason; its result
/// published when it closes.</summary>
public class CleanupModel(NormativeService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization)
    : RecordPage<CleanupCampaign>(db, authorization, NormativeApi.Write, workflow)
{
    public List<NormativeDocument> Documents { get; private set; } = [];
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => svc.CanWrite(Record);

    public Task<IActionResult> OnPostJudgeAsync(int id, CleanupVerdictRequest request) =>
        RunAsync(id, () => svc.JudgeAsync(id, request), "已记录清理结论");

    public Task<IActionResult> OnPostCloseAsync(int id, CloseCleanupRequest request) =>
        RunAsync(id, () => svc.CloseCleanupAsync(id, request), "已公布清理结果");

    protected override Task<CleanupCampaign?> FindAsync(int id) => svc.CleanupAsync(id);

    protected override async Task LoadedAsync(CleanupCampaign c) => Documents = await svc.CleanupDocumentsAsync(c);
}
