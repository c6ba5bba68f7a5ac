using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.LawReports;

/// <summary>第一责任人职责清单 of the units the caller sees, and the form that adopts one.</summary>
public class DutyListsModel(LawReportService svc, IAuthorizationService authorization) : PageModel
{
    public List<DutyList> Lists { get; private set; } = [];
    public List<Unit> Units { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public string? Error { get; private set; }
    public DateOnly Today => svc.Today;

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostAsync(SaveDutyListRequest request) =>
        this.WriteAsync(authorization, LawReportApi.Write, async () =>
        {
            await svc.SaveDutyListAsync(request);
            TempData["Message"] = "已保存职责清单";
            return Request.Path;
        }, e => Error = e, LoadAsync);

    async Task LoadAsync()
    {
        Lists = await svc.DutyListsAsync();
        Units = await svc.UnitsAsync();
        CanWrite = (await authorization.AuthorizeAsync(User, LawReportApi.Write)).Succeeded;
    }
}
