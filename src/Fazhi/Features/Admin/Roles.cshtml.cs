using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Admin;

public class RolesModel(FazhiDb db) : PageModel
{
    public List<AppRole> Roles { get; private set; } = [];
    public List<Unit> Units { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        Roles = await db.Roles.OrderBy(r => r.Scope).ToListAsync();
        Units = UnitExchange.TreeOrder(await db.Units.AsNoTracking().ToListAsync());
    }

    public async Task<IActionResult> OnPostAsync(string id, DataScopeKind scope, int[] units)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == id);
        if (role is null) return NotFound();
        if (scope == DataScopeKind.CustomUnits && units.Length == 0)
        {
            Error = "“指定单位”须至少选择一个单位";
            await OnGetAsync();
            return Page();
        }
        role.Scope = scope;
        role.CustomUnitIds = scope == DataScopeKind.CustomUnits ? string.Join(",", units.Order()) : null;
        await db.SaveChangesAsync();
        TempData["Message"] = $"已保存“{role.Label}”的数据范围";
        return Redirect("/admin/roles");
    }
}
