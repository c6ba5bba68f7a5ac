using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement;

/// <summary>An item of the 权责清单, with its 裁量基准 and 不予处罚 list, which its agency maintains
/// here.</summary>
public class PowerModel(PowerService svc, CaseService cases, FazhiDb db, IAuthorizationService authorization)
    : PageModel
{
    public EnforcementPower Power { get; private set; } = null!;
    public List<PowerStandard> Standards { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await ShowAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStandardAsync(int id, StandardRequest request)
    {
        if (!(await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded) return Forbid();
        try
        {
            await cases.AddStandardAsync(id, request);
            TempData["Message"] = "已添加";
            return Redirect(Request.Path);
        }
        catch (KeyNotFoundException) { return NotFound(); }
        catch (DomainException e) { Error = e.Message; }
        return await ShowAsync(id) ? Page() : NotFound();
    }

    async Task<bool> ShowAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } power) return false;
        Power = power;
        Standards = await cases.StandardsAsync(id);
        CanWrite = power.Kind == PowerKind.Penalty && db.Scope.CanWrite(power.UnitId, power.CreatedById)
                   && (await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded;
        return true;
    }
}
