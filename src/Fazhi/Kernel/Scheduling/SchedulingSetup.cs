using Quartz;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Scheduling;

/// <summary>Quartz in the web application, its job store in the application's own database. On PostgreSQL the
/// store is clustered: every node runs the scheduler and each firing goes to one of them, so a reminder is sent
/// once however many nodes serve. SQLite serves one node, and Quartz refuses to cluster on it. Quartz reads the
/// application's TimeProvider, the system clock outside tests.</summary>
public static class SchedulingSetup
{
    public static IServiceCollection AddFazhiScheduling(this IServiceCollection services, IConfiguration config)
    {
        if (!config.GetValue("Scheduling:Enabled", true)) return services;
        var (postgres, conn) = StorageSetup.Connection(config);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = "fazhi");
            q.UsePersistentStore(store =>
            {
                // Quartz creates its qrtz_* tables in the application's database when they are missing.
                store.ProvisionSchema();
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                if (postgres)
                {
                    store.UsePostgres(conn);
                    store.UseClustering();
                }
                else store.UseSqlite(conn);
            });
            foreach (var job in FeatureCatalog.Jobs)
                q.ScheduleJob<FeatureJobRunner>(
                    t => t.WithIdentity(job.Key).WithCronSchedule(CronOf(job, config),
                        c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                    j => j.WithIdentity(job.Key).WithDescription(job.Title));
        });
        return services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }

    /// <summary>The job's schedule: its own, or the one Scheduling:Jobs:{key}:Cron sets.</summary>
    public static string CronOf(ScheduledJob job, IConfiguration config) =>
        config[$"Scheduling:Jobs:{job.Key}:Cron"] is { Length: > 0 } cron
            ? CronExpression.TryParse(cron, out _) ? cron
                : throw new InvalidOperationException($"Scheduling:Jobs:{job.Key}:Cron 不是有效的 cron 表达式：{cron}")
            : job.Cron;
}
