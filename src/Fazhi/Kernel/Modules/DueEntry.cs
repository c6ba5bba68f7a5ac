using Fazhi.Kernel.Calendar;

namespace Fazhi.Kernel.Modules;

/// <summary>One line of the home page's due list: a record whose statutory deadline is near or past.</summary>
public sealed record DueEntry(string Area, string Number, string Subject, string Unit, TrackedDeadline Deadline,
    DeadlineState State, string Url);

/// <summary>A feature's share of the due list, in the caller's data scope. Implementations narrow the candidates in
/// the store (a deadline can only be near when its start lies far enough back), then compute the exact dates.</summary>
public interface IDueSource
{
    Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct);
}
