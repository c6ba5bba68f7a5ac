using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Features.Plans.Supervision;
using Fazhi.Kernel.Scheduling;

namespace Fazhi.Tests.Plans;

/// <summary>The morning's 督办 run by Quartz from its job store in the application's database: each firing runs once,
/// on one node of those sharing the database, and a notice is issued once however many firings see its cause.
/// </summary>
public class ScheduledSupervisionTests
{
    static async Task<List<JobRun>> RunsAsync(TestApp app, int atLeast)
    {
        for (var wait = 0; wait < 600; wait++)
        {
            var runs = await app.QueryAsync(db => db.JobRuns.OrderBy(r => r.ScheduledUtc).ToListAsync());
            if (runs.Count >= atLeast) return runs;
            await Task.Delay(100);
        }
        throw new TimeoutException($"一分钟内定时任务运行不足{atLeast}次");
    }

    [Theory, BothStores]
    public async Task Each_firing_runs_once_on_one_node_and_each_notice_is_issued_once(string provider)
    {
        await using var app = new TestApp(provider);
        await app.WithDemoAsync();
        app.Clock.Set("2026-12-07"); // November's reports, due by 12-05, are missing now
        app.Clock.Run(); // the scheduler waits for its firings on the application's clock
        app.Settings["Scheduling:Enabled"] = "true";
        app.Settings["Scheduling:Jobs:plans.supervise:Cron"] = "* * * * * ?"; // every second instead of 08:00
        var before = await app.QueryAsync(db => db.SupervisionNotices.CountAsync());
        // Two nodes on PostgreSQL; Quartz refuses to cluster on SQLite, which serves one node.
        await using var other = app.AnotherNode();
        other.Clock.Run();
        _ = app.Services;
        if (provider == "postgres") _ = other.Services;

        var runs = await RunsAsync(app, 6);
        Assert.All(runs, r => Assert.True(r.Succeeded, r.Outcome));
        Assert.Equal(runs.Count, runs.Select(r => r.ScheduledUtc).Distinct().Count()); // no firing ran twice
        Assert.Matches("^下达督办单[1-9][0-9]*份", runs[0].Outcome);
        Assert.All(runs.Skip(1), r => Assert.StartsWith("下达督办单0份", r.Outcome));
        var issued = int.Parse(runs[0].Outcome["下达督办单".Length..runs[0].Outcome.IndexOf('份')]);
        Assert.Equal(before + issued, await app.QueryAsync(db => db.SupervisionNotices.CountAsync()));
        var ran = runs.Select(r => r.Node).ToHashSet();
        if (provider == "postgres")
        {
            // Both nodes check in to the cluster; whichever took a firing is one of them.
            var members = await app.QueryAsync(db => db.Database
                .SqlQueryRaw<string>("SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state").ToListAsync());
            Assert.Equal(2, members.Count);
            Assert.Subset(members.ToHashSet(), ran);
        }
        else Assert.Single(ran);

        // The administrator sees the job, its schedule and each run with the node that ran it.
        var page = await (await app.LoginAsync("admin")).GetStringAsync("/admin/jobs");
        Assert.Contains("实施方案督办与提醒", page);
        Assert.Contains("* * * * * ?", page);
        Assert.Contains(runs[0].Node, page);
        Assert.Contains(runs[0].Outcome, page);
    }
}
