using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Assessment;

/// <summary>考核 at a glance: the indicator systems the caller keeps (a new one, or this year's copied from the last),
/// and the assessments the caller takes part in, on either side.</summary>
public class AssessmentIndexModel(IndicatorService indicators, AssessmentService assessments,
    IAuthorizationService authorization) : PageModel
{
    public List<IndicatorSystem> Systems { get; private set; } = [];
    public List<UnitAssessment> Assessments { get; private set; } = [];
    public List<Unit> Assessors { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public string? Error { get; private set; }
    public int ThisYear => assessments.Today.Year;

    public async Task OnGetAsync()
    {
        Systems = await indicators.ListAsync();
        Assessments = await assessments.ListAsync();
        CanWrite = (await authorization.AuthorizeAsync(User, AssessmentApi.Write)).Succeeded;
        Assessors = (await assessments.UnitsAsync()).Where(u => indicators.MayAssess(u.Id)).ToList();
    }

    public Task<IActionResult> OnPostAsync(CreateSystemRequest request) =>
        this.WriteAsync(authorization, AssessmentApi.Write, async () =>
        {
            var system = await indicators.CreateAsync(request);
            TempData["Message"] = "已新建指标体系";
            return $"/assessment/systems/{system.Id}";
        }, e => Error = e, OnGetAsync);
}
