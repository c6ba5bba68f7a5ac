using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.LawReports;

/// <summary>One 述法: the unit gives it, the arranger grades it.</summary>
public class LawReportDetailModel(LawReportService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization) : CasePage(db, authorization, LawReportApi.Write)
{
    public LawReport Report { get; private set; } = null!;
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public bool CanGive { get; private set; }
    public bool CanGrade { get; private set; }
    public DateOnly Today => svc.Today;
    public IReadOnlyList<TrackedDeadline> Deadlines => [LawReportService.Deadline(Report)];
    protected override bool MayWriteCase => CanGive || CanGrade;

    public Task<IActionResult> OnPostGiveAsync(int id, GiveLawReportRequest request) =>
        RunAsync(id, () => svc.GiveAsync(id, request), "已述法");

    public Task<IActionResult> OnPostGradeAsync(int id, GradeLawReportRequest request) =>
        RunAsync(id, () => svc.GradeAsync(id, request), "已评议");

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } report) return false;
        Report = report;
        CanGive = svc.CanGive(report);
        CanGrade = svc.CanGrade(report);
        Timeline = await workflow.TimelineAsync<LawReport>(id);
        return true;
    }
}
