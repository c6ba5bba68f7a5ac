using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Scheduling;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Admin;

/// <summary>定时任务: each scheduled job with its schedule and next firing, and the log of runs with the node that
/// ran each.</summary>
public class JobsModel(FazhiDb db, IConfiguration config, IServiceProvider services) : PageModel
{
    public const int PageSize = 50;
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public sealed record JobRow(ScheduledJob Job, string Cron, DateTimeOffset? Next);
    public List<JobRow> Jobs { get; } = [];
    public bool Enabled { get; private set; }
    public List<JobRun> Runs { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var scheduler = services.GetService<ISchedulerFactory>() is { } factory
            ? await factory.GetScheduler(HttpContext.RequestAborted) : null;
        Enabled = scheduler is not null;
        foreach (var job in FeatureCatalog.Jobs)
        {
            var trigger = scheduler is null ? null : await scheduler.GetTrigger(new TriggerKey(job.Key));
            Jobs.Add(new(job, SchedulingSetup.CronOf(job, config), trigger?.NextFireTimeUtc));
        }
        Total = await db.JobRuns.CountAsync();
        Runs = await db.JobRuns.AsNoTracking().OrderByDescending(r => r.Id)
            .Skip((Math.Max(1, P) - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
