using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

public class PlanDetailModel(InspectionService svc, FazhiDb db, IAuthorizationService authorization)
    : CasePage(db, authorization, OfficerApi.Write)
{
    [BindProperty(SupportsGet = true)] public TaskState? State { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public InspectionPlan Plan { get; private set; } = null!;
    public PlanProgress Progress { get; private set; } = null!;
    public Dictionary<RiskGrade, int> ByGrade { get; private set; } = [];
    public TaskPage Tasks { get; private set; } = null!;
    public List<TimelineEntry> Timeline { get; private set; } = [];
    /// <summary>The answer of 复核抽取, when asked for.</summary>
    public DrawCheck? Check { get; private set; }
    public DateOnly Today => svc.Today;
    public string BaseQuery => $"state={State}";
    protected override bool MayWriteCase => svc.CanWrite(Plan);

    public Task<IActionResult> OnPostDrawAsync(int id, DrawRequest request) =>
        RunAsync(id, () => svc.DrawAsync(id, request), "已随机抽取检查对象并选派执法人员");

    /// <summary>复核抽取: a read, open to whoever sees the plan.</summary>
    public async Task<IActionResult> OnGetVerifyAsync(int id)
    {
        var page = await OnGetAsync(id);
        if (page is PageResult) Check = await svc.VerifyAsync(id);
        return page;
    }

    public Task<IActionResult> OnPostResultAsync(int id, TaskResultRequest request) =>
        RunAsync(id, () => svc.RecordResultAsync(id, request), "已登记检查结果");

    public Task<IActionResult> OnPostPublicationAsync(int id, ResultPublicationRequest request) =>
        RunAsync(id, () => svc.PublishAsync(id, request), "已登记公示");

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } p) return false;
        Plan = p;
        Progress = await svc.ProgressAsync(id);
        ByGrade = await svc.DrawnByGradeAsync(id);
        Tasks = await svc.TasksAsync(id, State, P);
        Timeline = await svc.TimelineAsync(id);
        return true;
    }
}
