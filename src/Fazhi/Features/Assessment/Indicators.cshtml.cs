using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Assessment;

/// <summary>An indicator system: its tree, edited node by node or imported whole from Excel until an assessment
/// runs on it; the units put to assessment on it, and their ranking.</summary>
public class IndicatorSystemModel(IndicatorService indicators, AssessmentService assessments, FazhiDb db,
    IAuthorizationService authorization) : PageModel
{
    public IndicatorSystem Record { get; private set; } = null!;
    public IndicatorTree Tree { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanStart { get; private set; }
    public bool Fixed { get; private set; }
    public List<RankingRow> Ranking { get; private set; } = [];
    public List<Unit> Units { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Figures => indicators.Figures;
    public ImportResult? Report { get; private set; }
    public string? Error { get; private set; }
    public DateOnly Today => assessments.Today;

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public IndicatorForm EditForm(IndicatorNode n) =>
        new("Update", $"edit-{n.Indicator.Id}", null, n.Indicator, n.IsLeaf, Figures);

    public IndicatorForm ChildForm(IndicatorNode n) =>
        new("Add", $"child-{n.Indicator.Id}", n.Indicator.Id, null, true, Figures);

    public IndicatorForm RootForm => new("Add", "add-root", null, null, true, Figures);

    public Task<IActionResult> OnPostAddAsync(int id, IndicatorRequest request) =>
        RunAsync(id, () => indicators.AddAsync(id, request), "已增加指标");

    public Task<IActionResult> OnPostUpdateAsync(int id, int indicatorId, IndicatorRequest request) =>
        RunAsync(id, () => indicators.UpdateAsync(indicatorId, request, id), "已修改指标");

    public Task<IActionResult> OnPostDeleteAsync(int id, int indicatorId) =>
        RunAsync(id, () => indicators.DeleteAsync(indicatorId, id), "已删除指标");

    public Task<IActionResult> OnPostImportAsync(int id, IFormFile? file) =>
        RunAsync(id, async () =>
        {
            if (file is null) throw new DomainException("File", "请选择指标体系文件（.xlsx）");
            await using var content = file.OpenReadStream();
            Report = await indicators.ImportAsync(id, content);
            if (Report.Errors.Count > 0) throw new DomainException("File", Report.Summary);
        }, "已导入指标");

    public Task<IActionResult> OnPostStartAsync(int id, List<int>? unitIds, DateOnly selfDueOn) =>
        RunAsync(id, () => assessments.StartAsync(id, new StartAssessmentRequest(unitIds ?? [], selfDueOn)),
            "已启动考核");

    async Task<IActionResult> RunAsync(int id, Func<Task> step, string done)
    {
        if (!(await authorization.AuthorizeAsync(User, AssessmentApi.Write)).Succeeded) return Forbid();
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect(Request.Path);
        }
        catch (KeyNotFoundException) { return NotFound(); }
        catch (DomainException e) { Error = e.Message; }
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
    }

    async Task<IActionResult> ShowAsync(int id)
    {
        if (await indicators.FindAsync(id) is not { } system) return NotFound();
        (Record, Tree) = (system, new IndicatorTree(system.Indicators));
        var writer = (await authorization.AuthorizeAsync(User, AssessmentApi.Write)).Succeeded;
        Fixed = await indicators.IsFixedAsync(id);
        CanStart = writer && indicators.CanEdit(system);
        CanEdit = CanStart && !Fixed;
        Ranking = RankingRow.Of(await assessments.ListAsync(id));
        if (CanStart)
        {
            var started = Ranking.Select(r => r.Assessment.UnitId).ToHashSet();
            Units = (await assessments.UnitsAsync()).Where(u => u.Id != system.UnitId && !started.Contains(u.Id))
                .ToList();
        }
        return Page();
    }
}
