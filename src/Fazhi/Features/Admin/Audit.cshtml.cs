using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Admin;

public class AuditModel(FazhiDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public const int PageSize = 50;
    public List<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public string BaseQuery => $"entity={Uri.EscapeDataString(Entity ?? "")}&id={Uri.EscapeDataString(Id ?? "")}";
    public string? Verdict { get; private set; }

    public async Task OnGetAsync()
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entity)) q = q.Where(a => a.Entity == Entity.Trim());
        if (!string.IsNullOrWhiteSpace(Id)) q = q.Where(a => a.EntityId == Id.Trim());
        Total = await q.CountAsync();
        Entries = await q.OrderByDescending(a => a.Id).Skip((Math.Max(1, P) - 1) * PageSize).Take(PageSize)
            .ToListAsync();
    }

    public async Task OnPostAsync()
    {
        Verdict = await AuditChain.VerifyAsync(db) ?? $"哈希链完整：共{await db.AuditEntries.CountAsync()}条";
        await OnGetAsync();
    }
}
