using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans.Supervision;

public class SupervisionDetailModel(SupervisionService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization) : RecordPage<SupervisionNotice>(db, authorization, PlanApi.Write, workflow)
{
    public IReadOnlyList<TrackedDeadline> Deadlines { get; private set; } = [];
    public DateOnly? EscalatesOn { get; private set; }
    public bool CanAnswer { get; private set; }
    public bool CanResolve { get; private set; }
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => CanAnswer || CanResolve;

    public Task<IActionResult> OnPostAcknowledgeAsync(int id, NoticeStepRequest request) =>
        RunAsync(id, () => svc.AcknowledgeAsync(id, request), "已签收");

    public Task<IActionResult> OnPostReplyAsync(int id, NoticeStepRequest request) =>
        RunAsync(id, () => svc.ReplyAsync(id, request), "已反馈");

    public Task<IActionResult> OnPostResolveAsync(int id, NoticeStepRequest request) =>
        RunAsync(id, () => svc.ResolveAsync(id, request), "已确认办结");

    protected override Task<SupervisionNotice?> FindAsync(int id) => svc.FindAsync(id);

    protected override Task LoadedAsync(SupervisionNotice notice)
    {
        Deadlines = svc.Deadlines(notice);
        EscalatesOn = svc.EscalatesOn(notice);
        CanAnswer = svc.CanAnswer(notice);
        CanResolve = svc.CanResolve(notice) && notice.RepliedOn is not null;
        return Task.CompletedTask;
    }
}
