using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>An object of the registry: its entry, its recusals, the form that changes its risk grade and the
/// changes made so far.</summary>
public class ObjectDetailModel(ObjectService svc, FazhiDb db, IAuthorizationService authorization)
    : CasePage(db, authorization, OfficerApi.Write)
{
    public InspectionObject Item { get; private set; } = null!;
    public List<InspectionRecusal> Recusals { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    /// <summary>The change posted, offered again when it is refused.</summary>
    public RiskGradeRequest? Change { get; private set; }
    protected override bool MayWriteCase => svc.CanWrite(Item);

    public Task<IActionResult> OnPostRiskGradeAsync(int id, RiskGradeRequest request)
    {
        Change = request;
        return RunAsync(id, () => svc.ChangeRiskGradeAsync(id, request), "已调整风险等级");
    }

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } o) return false;
        Item = o;
        Recusals = (await svc.RecusalsAsync([id]))[id].ToList();
        Timeline = await svc.TimelineAsync(id);
        return true;
    }
}
