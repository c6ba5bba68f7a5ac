using System.Diagnostics;
using Quartz;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Scheduling;

/// <summary>Runs a feature's <see cref="ScheduledJob"/> when Quartz fires it, in a scope of its own under the system's
/// data scope, and logs the run. One run of a job at a time on the cluster: a slow run is not overtaken by the
/// next firing.</summary>
[DisallowConcurrentExecution]
public sealed class FeatureJobRunner(IServiceScopeFactory scopes, ILogger<FeatureJobRunner> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var job = FeatureCatalog.Jobs.Single(j => j.Key == context.JobDetail.Key.Name);
        var watch = Stopwatch.StartNew();
        var run = new JobRun
        {
            Job = job.Key, Node = context.Scheduler.SchedulerInstanceId,
            ScheduledUtc = (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime,
            StartedUtc = context.FireTimeUtc.UtcDateTime,
        };
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeAccessor>().Scope = DataScope.System("定时任务:" + job.Key);
        try
        {
            run.Outcome = await job.Work(scope.ServiceProvider, ct);
            run.Succeeded = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "定时任务 {Job} 运行失败", job.Key);
            run.Outcome = e.Message;
        }
        run.FinishedUtc = run.StartedUtc + watch.Elapsed;
        var db = scope.ServiceProvider.GetRequiredService<FazhiDb>();
        db.ChangeTracker.Clear(); // a failed run's half-made records are not saved with its log entry
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
    }
}
