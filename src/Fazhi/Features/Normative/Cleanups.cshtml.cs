using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Normative;

/// <summary>清理 campaigns of the caller's scope with their results so far; a new campaign.</summary>
public class CleanupListModel(NormativeService svc, FazhiDb db, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public OpenCleanupRequest? Input { get; set; }
    public List<CleanupCampaign> Campaigns { get; private set; } = [];
    public List<Unit> Governments { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public string? Error { get; private set; }
    public DateOnly Today => svc.Today;

    public async Task OnGetAsync()
    {
        Campaigns = await svc.CleanupsAsync();
        CanWrite = (await authorization.AuthorizeAsync(User, NormativeApi.Write)).Succeeded;
        Governments = CanWrite ? [.. (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Government)
            .OrderBy(u => u.Path).ToListAsync()).Where(u => svc.MayRegisterFor(u.Id))] : [];
    }

    public Task<IActionResult> OnPostAsync() => this.WriteAsync(authorization, NormativeApi.Write, async () =>
        $"/normative/cleanups/{(await svc.OpenCleanupAsync(Input
            ?? throw new DomainException("Title", "请填写清理工作名称"))).Id}", e => Error = e, OnGetAsync);
}
