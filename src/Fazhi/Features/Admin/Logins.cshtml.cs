using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Admin;

public class LoginsModel(FazhiDb db) : PageModel
{
    public List<LoginRecord> Records { get; private set; } = [];

    public async Task OnGetAsync() =>
        Records = await db.LoginRecords.AsNoTracking().OrderByDescending(l => l.Id).Take(300).ToListAsync();
}
