using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Plans;

/// <summary>Import in two steps: read the file and show what was recognised (nothing saved), then create it with
/// the names a person resolved. The recognised text travels in the form, so any node can take the second step.
/// </summary>
[Authorize(Policy = PlanApi.Write)]
public class PlanImportModel(PlanService svc, FazhiDb db) : PageModel
{
    public List<Unit> Owners { get; private set; } = [];
    public List<Unit> Tree { get; private set; } = [];
    public PlanPreview? Preview { get; private set; }
    public string? Text { get; private set; }
    public int UnitId { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadOwnersAsync();

    public async Task<IActionResult> OnPostReadAsync(IFormFile? file, int unitId)
    {
        await LoadOwnersAsync();
        if (file is null) { Error = "请选择实施方案文件"; return Page(); }
        await using var content = file.OpenReadStream();
        return await ShowAsync(async () => await PlanService.TextOfAsync(content, file.FileName), unitId);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? text, int unitId, List<string>? names,
        List<int?>? units)
    {
        await LoadOwnersAsync();
        try
        {
            var preview = await svc.PreviewAsync(text ?? "", unitId);
            var choices = new Dictionary<string, int>();
            for (var i = 0; i < (names?.Count ?? 0); i++)
                if (units?.ElementAtOrDefault(i) is { } chosen) choices[names![i]] = chosen;
            var plan = await svc.CreateAsync(preview, choices);
            TempData["Message"] = $"已导入实施方案：{plan.Tasks.Count}项任务";
            return Redirect($"/plans/{plan.Id}");
        }
        catch (DomainException e) { Error = e.Message; }
        return await ShowAsync(() => Task.FromResult(text ?? ""), unitId);
    }

    async Task<IActionResult> ShowAsync(Func<Task<string>> read, int unitId)
    {
        try
        {
            Text = await read();
            UnitId = unitId;
            Preview = await svc.PreviewAsync(Text, unitId);
            Tree = await svc.TreeAsync(Preview.Government);
        }
        catch (DomainException e) { Error ??= e.Message; }
        return Page();
    }

    async Task LoadOwnersAsync() =>
        Owners = [.. (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Government
                || u.Kind == UnitKind.Department).OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ToListAsync())
            .Where(u => db.Scope.CanRegisterFor(u.Id))];
}
