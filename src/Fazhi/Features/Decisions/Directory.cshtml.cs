using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Decisions;

/// <summary>A yearly directory of decision matters: its matters, the party committee's agreement, its publication
/// and every later change with its reason.</summary>
public class DecisionDirectoryModel(DecisionService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization)
    : RecordPage<DecisionDirectory>(db, authorization, DecisionApi.Write, workflow)
{
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => svc.CanWrite(Record);

    public Task<IActionResult> OnPostStepAsync(int id, DirectoryStepRequest request) =>
        RunAsync(id, () => svc.DirectoryStepAsync(id, request), "已记录");

    protected override Task<DecisionDirectory?> FindAsync(int id) => svc.DirectoryAsync(id);
}
