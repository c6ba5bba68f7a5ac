using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Units;

public class UnitsModel(FazhiDb db) : PageModel
{
    public List<Unit> Units { get; private set; } = [];
    public DataScope Scope => db.Scope;
    public UnitImportReport? Report { get; private set; }
    public bool IsAdministrator => User.IsInRole(Roles.Administrator);

    public async Task OnGetAsync() => Units = UnitExchange.TreeOrder(await db.Units.AsNoTracking().ToListAsync());

    public async Task OnPostAsync(IFormFile? file)
    {
        if (!IsAdministrator) Report = new(0, 0, [new(0, "", "只有系统管理员可以导入单位")]);
        else if (file is null) Report = new(0, 0, [new(0, "", "请选择要导入的文件")]);
        else Report = await UnitExchange.ImportAsync(db, file.OpenReadStream());
        await OnGetAsync();
    }
}
