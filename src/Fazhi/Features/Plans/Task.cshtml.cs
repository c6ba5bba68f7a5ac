using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel;

namespace Fazhi.Features.Plans;

/// <summary>A task's page: its units and targets, the progress reports the caller sees, a report form for each
/// assignment the caller may report on, and the targets' forms for the plan's own unit.</summary>
public class PlanTaskModel(ProgressService svc, MilestoneService milestones, PlanService plans,
    IAuthorizationService authorization) : PageModel
{
    public TaskView View { get; private set; } = null!;
    public bool CanReport { get; private set; }
    public bool CanEditTargets { get; private set; }
    public string? Error { get; private set; }
    public DateOnly Today => svc.Today;

    public async Task<IActionResult> OnGetAsync(int id) => await ShowAsync(id);

    public Task<IActionResult> OnPostReportAsync(int id, int assignmentId, string? month, string? text,
        int? percent, IFormFile? evidence) =>
        StepAsync(id, async () =>
        {
            if ((await svc.TaskAsync(id) ?? throw new KeyNotFoundException()).Task.Assignments
                .All(a => a.Id != assignmentId))
                throw new DomainException("assignmentId", "请选择本任务的报送单位");
            await using var content = evidence?.OpenReadStream();
            await svc.ReportAsync(assignmentId, new ReportProgressRequest(month ?? "", text ?? "", percent),
                evidence is null ? null : (evidence.FileName, evidence.ContentType ?? "", content!));
        }, "已报送进展");

    public Task<IActionResult> OnPostMilestoneAsync(int id, int version, int? milestoneId, string? text,
        DateOnly? dueOn, Recurrence? recurs) =>
        StepAsync(id, () => milestones.SaveAsync(id, new(version, milestoneId, text, dueOn, recurs)),
            milestoneId is null ? "已新增时间节点" : "已调整时间节点");

    public Task<IActionResult> OnPostRemoveMilestoneAsync(int id, int version, int milestoneId) =>
        StepAsync(id, () => milestones.RemoveAsync(id, new(version, milestoneId)), "已删除时间节点");

    /// <summary>A step by a writer: done, it reloads the page with its message; refused, the page shows why.
    /// </summary>
    async Task<IActionResult> StepAsync(int id, Func<Task> step, string done)
    {
        if (!(await authorization.AuthorizeAsync(User, PlanApi.Write)).Succeeded) return Forbid();
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect(Request.Path);
        }
        catch (KeyNotFoundException) { return NotFound(); }
        catch (Exception e) when (e is DomainException or DbUpdateException) { Error = e.Message; }
        return await ShowAsync(id);
    }

    async Task<IActionResult> ShowAsync(int id)
    {
        if (await svc.TaskAsync(id) is not { } view) return NotFound();
        View = view;
        var writer = (await authorization.AuthorizeAsync(User, PlanApi.Write)).Succeeded;
        CanReport = view.Reportable.Count > 0 && writer;
        CanEditTargets = writer && plans.CanWrite(view.Plan);
        return Page();
    }
}
