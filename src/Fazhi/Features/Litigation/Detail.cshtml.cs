using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

public class LitigationDetailModel(LitigationService svc, FazhiDb db, IAuthorizationService authorization)
    : CasePage(db, authorization, LitigationApi.Write)
{
    public LitigationCase Case { get; private set; } = null!;
    public IReadOnlyList<TrackedDeadline> Deadlines { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => svc.CanWrite(Case);

    /// <summary>An appealable decision, served, whose appeal is not yet recorded.</summary>
    public bool AppealOpen => Case.Appellant is null && Case.OutcomeServedOn is not null
                              && LitigationDeadlines.AppealKey(Case) is not null;

    public Task<IActionResult> OnPostServiceAsync(int id, DatedStepRequest request) =>
        RunAsync(id, () => svc.RecordServiceAsync(id, request), "已登记收到起诉状副本");

    public Task<IActionResult> OnPostDefenceAsync(int id, DatedStepRequest request) =>
        RunAsync(id, () => svc.SubmitDefenceAsync(id, request), "已登记提交答辩状");

    public Task<IActionResult> OnPostHearingAsync(int id, HearingRequest request) =>
        RunAsync(id, () => svc.AddHearingAsync(id, request with { AppearedName = request.AppearedName ?? "" }),
            "已登记开庭");

    public Task<IActionResult> OnPostAppealIntentAsync(int id, DatedStepRequest request) =>
        RunAsync(id, () => svc.IntendAppealAsync(id, request), "已登记拟提起上诉，上诉期列入待办");

    public Task<IActionResult> OnPostAppealAsync(int id, AppealRequest request) =>
        RunAsync(id, () => svc.RecordAppealAsync(id, request), "已登记上诉情况");

    public Task<IActionResult> OnPostConcludeAsync(int id, ConclusionRequest request) =>
        RunAsync(id, () => svc.ConcludeAsync(id, request), "已登记裁判结果");

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } c) return false;
        Case = c;
        Deadlines = await svc.DeadlinesAsync(c);
        Timeline = await svc.TimelineAsync(id);
        return true;
    }
}
