using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Plans.Supervision;

public class SupervisionDetailModel(SupervisionService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization) : CasePage(db, authorization, PlanApi.Write)
{
    public SupervisionNotice Notice { get; private set; } = null!;
    public IReadOnlyList<TrackedDeadline> Deadlines { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
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

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } notice) return false;
        Notice = notice;
        Deadlines = svc.Deadlines(notice);
        EscalatesOn = svc.EscalatesOn(notice);
        CanAnswer = svc.CanAnswer(notice);
        CanResolve = svc.CanResolve(notice) && notice.RepliedOn is not null;
        Timeline = await workflow.TimelineAsync<SupervisionNotice>(id);
        return true;
    }
}
