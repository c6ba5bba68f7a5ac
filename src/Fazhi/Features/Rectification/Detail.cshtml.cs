using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Rectification;

/// <summary>An inspection: its findings, its rectification list with the closure rate and overdue items, and the
/// forms by which the 督察单位 records findings and gives them to units.</summary>
public class OversightDetailModel(OversightService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization) : RecordPage<Oversight>(db, authorization, RectificationApi.Write, workflow)
{
    public List<Unit> Units { get; private set; } = [];
    public ImportResult? Report { get; private set; }
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => svc.CanManage(Record);

    public Task<IActionResult> OnPostFindingsAsync(int id, AddFindingsRequest request) =>
        RunAsync(id, () => svc.AddFindingsAsync(id, request), "已登记问题");

    public Task<IActionResult> OnPostItemsAsync(int id, int version, List<int>? findings, bool merge, string? problem,
        int unitId, DateOnly dueOn) =>
        RunAsync(id, () => svc.DrawUpAsync(id, new DrawUpItemsRequest(version, findings ?? [], merge, problem, unitId,
            dueOn)), "已列入整改清单并交办");

    /// <summary>Imports the list from its Excel 台账: all rows or none, every bad cell listed.</summary>
    public Task<IActionResult> OnPostImportAsync(int id, int version, IFormFile? file) =>
        RunAsync(id, async () =>
        {
            if (file is null) throw new Kernel.DomainException("File", "请选择整改台账文件（.xlsx）");
            await using var content = file.OpenReadStream();
            Report = await svc.ImportListAsync(id, version, content);
            if (Report.Errors.Count > 0) throw new Kernel.DomainException("File", Report.Summary);
        }, "已导入整改清单");

    protected override Task<Oversight?> FindAsync(int id) => svc.FindAsync(id);

    protected override async Task LoadedAsync(Oversight oversight) => Units = await svc.AssignableUnitsAsync();
}
