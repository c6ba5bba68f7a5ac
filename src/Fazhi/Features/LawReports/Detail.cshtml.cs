using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.LawReports;

/// <summary>One 述法: the unit gives it, the arranger grades it.</summary>
public class LawReportDetailModel(LawReportService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization) : RecordPage<LawReport>(db, authorization, LawReportApi.Write, workflow)
{
    public bool CanGive { get; private set; }
    public bool CanGrade { get; private set; }
    public DateOnly Today => svc.Today;
    public IReadOnlyList<TrackedDeadline> Deadlines => [LawReportService.Deadline(Record)];
    protected override bool MayWriteCase => CanGive || CanGrade;

    public Task<IActionResult> OnPostGiveAsync(int id, GiveLawReportRequest request) =>
        RunAsync(id, () => svc.GiveAsync(id, request), "已述法");

    public Task<IActionResult> OnPostGradeAsync(int id, GradeLawReportRequest request) =>
        RunAsync(id, () => svc.GradeAsync(id, request), "已评议");

    protected override Task<LawReport?> FindAsync(int id) => svc.FindAsync(id);

    protected override Task LoadedAsync(LawReport report)
    {
        CanGive = svc.CanGive(report);
        CanGrade = svc.CanGrade(report);
        return Task.CompletedTask;
    }
}
