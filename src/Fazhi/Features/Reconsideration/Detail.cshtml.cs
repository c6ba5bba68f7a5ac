using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Reconsideration;

public class DetailModel(ReconsiderationService svc, FazhiDb db, IAuthorizationService authorization)
    : CasePage(db, authorization, ReconsiderationApi.Write)
{
    public ReconsiderationCase Case { get; private set; } = null!;
    public IReadOnlyList<TrackedDeadline> Deadlines { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<CaseStep> Steps { get; private set; } = [];
    public DateOnly Today => svc.Today;
    public bool DeemedAccepted { get; private set; }
    public DateOnly ReviewDue { get; private set; }
    public bool CanExtend => Case.Status == ReconsiderationStatus.Accepted
                             && Case.Procedure == ReconsiderationProcedure.Ordinary;
    protected override bool MayWriteCase => svc.CanWrite(Case);

    public Task<IActionResult> OnPostStepAsync(int id, CaseStepRequest request) =>
        RunAsync(id, () => svc.StepAsync(id, request), $"已{CaseSteps.Label[request.Step]}");

    public Task<IActionResult> OnPostExtendAsync(int id, ExtensionRequest request) =>
        RunAsync(id, () => svc.ExtendAsync(id, request), "审理期限已延长");

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } c) return false;
        Case = c;
        Deadlines = await svc.DeadlinesAsync(c);
        Timeline = await svc.TimelineAsync(id);
        DeemedAccepted = CaseDeadlines.DeemedAccepted(c, svc.Calculator, Today);
        if (DeemedAccepted) ReviewDue = CaseDeadlines.ReviewDue(c, svc.Calculator);
        Steps = CaseSteps.Available(c);
        return true;
    }
}
