using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.LawReports;

/// <summary>The arranger's form: the year, the deadline, and for each unit of its scope whether it owes a 述法 and
/// whether at the meeting.</summary>
public class ArrangeLawReportsModel(LawReportService svc) : PageModel
{
    public List<Unit> Units { get; private set; } = [];
    public DomainException? Error { get; private set; }
    public int Year { get; private set; }
    public DateOnly DueOn { get; private set; }
    public LawReportService Service => svc;

    public async Task OnGetAsync()
    {
        (Year, DueOn) = (svc.Today.Year - 1, new DateOnly(svc.Today.Year, 1, 31));
        Units = await svc.UnitsAsync();
    }

    public async Task<IActionResult> OnPostAsync(int arrangerUnitId, int year, DateOnly dueOn, List<int>? unitIds,
        List<int>? meetingUnitIds)
    {
        try
        {
            await svc.ArrangeAsync(new ArrangeLawReportsRequest(arrangerUnitId, year, dueOn, unitIds ?? [],
                meetingUnitIds));
            TempData["Message"] = $"已安排{year}年度述法";
            return Redirect($"/lawreports?year={year}");
        }
        catch (DomainException e) { Error = e; }
        (Year, DueOn) = (year, dueOn);
        Units = await svc.UnitsAsync();
        return Page();
    }
}
