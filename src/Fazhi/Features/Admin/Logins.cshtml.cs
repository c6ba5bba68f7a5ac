using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Admin;

public class LoginsModel(FazhiDb db) : PageModel
{
    public const int PageSize = 50;
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public List<LoginRecord> Records { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        Total = await db.LoginRecords.CountAsync();
        Records = await db.LoginRecords.AsNoTracking().OrderByDescending(l => l.Id)
            .Skip((Math.Max(1, P) - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
