using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Dashboard;

/// <summary>Every feature's due-soon and overdue deadlines in the caller's scope, soonest first.</summary>
public class DashboardModel(IEnumerable<IDueSource> sources, TimeProvider clock) : PageModel
{
    /// <summary>How many lines the page lists; the counts above it cover all of them.</summary>
    public const int Shown = 100;

    public List<DueEntry> Due { get; private set; } = [];
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public int Overdue => Due.Count(d => d.State == DeadlineState.Overdue);
    public int DueSoon => Due.Count(d => d.State == DeadlineState.DueSoon);

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var source in sources) Due.AddRange(await source.DueAsync(Today, ct));
        Due = Due.OrderBy(d => d.Deadline.Due).ThenBy(d => d.Number).ToList();
    }
}
