using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;
using ReportCheck = Fazhi.ReportReview.Review;

namespace Fazhi.Features.AnnualReport;

/// <summary>One annual report: its five parts with every figure a link, each part's prose edited in place (figures
/// kept), the platform reviewer's findings, and the steps of 报送 and 公开.</summary>
public class YearReportDetailModel(YearReportService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization, PdfPrinter printer)
    : RecordPage<YearReport>(db, authorization, YearReportApi.Write, workflow)
{
    public bool CanPrint => printer.Available;
    public IReadOnlyDictionary<string, Figure> Figures { get; private set; } = new Dictionary<string, Figure>();
    public ReportCheck Check { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanPublish { get; private set; }
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => CanEdit || CanPublish;

    public Task<IActionResult> OnPostPartAsync(int id, ReportPart part, int version, string? text) =>
        RunAsync(id, () => svc.SavePartAsync(id, part, version, text ?? ""), "已保存");

    public Task<IActionResult> OnPostSubmitAsync(int id, int version) =>
        RunAsync(id, () => svc.SubmitAsync(id, version), "已报送");

    public Task<IActionResult> OnPostPublishAsync(int id, int version, string? url, DateOnly publishedOn) =>
        RunAsync(id, () => svc.PublishAsync(id, version, url, publishedOn), "已登记公开");

    protected override Task<YearReport?> FindAsync(int id) => svc.FindAsync(id);

    protected override async Task LoadedAsync(YearReport r)
    {
        (CanEdit, CanPublish) = (svc.CanEdit(r), svc.CanPublish(r));
        Figures = await svc.FiguresAsync(r.UnitId, r.Year);
        Check = YearReportService.Check(r, Figures);
    }
}
