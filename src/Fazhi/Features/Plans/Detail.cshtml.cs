using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Features.Plans.Supervision;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans;

public class PlanDetailModel(PlanService svc, SupervisionService supervision, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization) : CasePage(db, authorization, PlanApi.Write)
{
    public ImplementationPlan Plan { get; private set; } = null!;
    public List<TaskView> Tasks { get; private set; } = [];
    public List<string> Pending { get; private set; } = [];
    public List<Unit> Tree { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => svc.CanWrite(Plan);

    public Task<IActionResult> OnPostResolveAsync(int id, ResolveNameRequest request) =>
        RunAsync(id, () => svc.ResolveAsync(id, request), $"已确认“{request.Name}”");

    public Task<IActionResult> OnPostSuperviseAsync(int id) =>
        RunAsync(id, () => supervision.SuperviseAsync(id), "已检查逾期任务和未报送的进展，下达的督办单见“督办”");

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } plan) return false;
        Plan = plan;
        var reports = await svc.ReportsOfPlanAsync(id);
        Tasks = [.. plan.Tasks.Select(t => new TaskView(plan, t, [.. reports.Where(r => r.TaskId == t.Id)],
            new HashSet<int>()))];
        Pending = [.. plan.Tasks.SelectMany(t => t.Assignments).Where(a => a.Match == NameMatch.Pending)
            .Select(a => a.NameAsWritten).Distinct().Order(StringComparer.Ordinal)];
        if (Pending.Count > 0) Tree = await svc.TreeAsync(plan);
        Timeline = await workflow.TimelineAsync<ImplementationPlan>(id);
        return true;
    }
}
