namespace Fazhi.Kernel.Scheduling;

/// <summary>Recurring work a feature hands to the scheduler, such as the morning's 督办. Key names it in settings
/// (Scheduling:Jobs:{Key}:Cron overrides Cron) and in the run log; Cron is Quartz's, seconds first, in the server's
/// time zone. The work runs in the system's data scope and returns what it did ("下达督办单3份").</summary>
public sealed record ScheduledJob(string Key, string Title, string Cron,
    Func<IServiceProvider, CancellationToken, Task<string>> Work);
