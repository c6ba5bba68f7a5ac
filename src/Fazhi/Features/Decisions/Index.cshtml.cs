using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Decisions;

/// <summary>重大行政决策 at a glance: the yearly directories and the decisions with their state; a new directory.
/// </summary>
public class DecisionListModel(DecisionService svc, FazhiDb db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public CreateDirectoryRequest? Input { get; set; }
    public List<DecisionDirectory> Directories { get; private set; } = [];
    public List<MajorDecision> Decisions { get; private set; } = [];
    public List<Unit> Bodies { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public string? Error { get; private set; }
    public int ThisYear => svc.Today.Year;

    public async Task OnGetAsync()
    {
        Directories = await svc.DirectoriesAsync();
        Decisions = await svc.ListAsync(Year);
        CanWrite = (await authorization.AuthorizeAsync(User, DecisionApi.Write)).Succeeded;
        Bodies = CanWrite ? [.. (await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Court)
            .OrderBy(u => u.Path).ToListAsync()).Where(u => svc.MayRegisterFor(u.Id))] : [];
    }

    /// <summary>Opens a directory and shows it.</summary>
    public Task<IActionResult> OnPostAsync() => this.WriteAsync(authorization, DecisionApi.Write, async () =>
        $"/decisions/directories/{(await svc.CreateDirectoryAsync(Input
            ?? throw new DomainException("Year", "请填写年度"))).Id}", e => Error = e, OnGetAsync);
}
