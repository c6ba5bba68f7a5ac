namespace Fazhi.Kernel.Scheduling;

/// <summary>One firing of a scheduled job, recorded by the node that ran it. With several nodes on one PostgreSQL
/// the clustered job store gives each firing to one node; this log shows which, and what the work did.</summary>
public class JobRun
{
    public long Id { get; set; }
    public string Job { get; set; } = "";
    /// <summary>The scheduler instance (host name and start ticks) that ran it.</summary>
    public string Node { get; set; } = "";
    /// <summary>The firing this run answers: the same value twice would mean a firing ran twice.</summary>
    public DateTime ScheduledUtc { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime FinishedUtc { get; set; }
    public bool Succeeded { get; set; }
    /// <summary>What the work reported, or why it failed.</summary>
    public string Outcome { get; set; } = "";
}
