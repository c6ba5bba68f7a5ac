using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Calendar;

public class CalendarModel(DeadlineCalculator calc, FazhiDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Start { get; set; }
    public DeadlineResult? Result { get; private set; }
    public string? Error { get; private set; }
    public IEnumerable<int> Years => calc.Calendar.AnnouncedYears.Order();
    public bool IsAdministrator => User.IsInRole(Roles.Administrator);

    public void OnGet()
    {
        if (Rule is not null && Start is { } s && DeadlineRules.All.Any(r => r.Key == Rule))
            Result = calc.Compute(DeadlineRules.Get(Rule), s);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (!IsAdministrator) return Forbid();
        try
        {
            if (file is null) throw new FormatException("请选择文件");
            using var reader = new StreamReader(file.OpenReadStream());
            var year = await HolidayData.SaveAsync(
                db, calc.Calendar, await reader.ReadToEndAsync(), User.Identity!.Name!);
            TempData["Message"] = $"已载入{year}年放假安排";
            return Redirect("/calendar");
        }
        catch (FormatException e) { Error = e.Message; }
        return Page();
    }
}
