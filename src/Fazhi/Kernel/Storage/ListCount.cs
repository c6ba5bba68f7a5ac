using Microsoft.EntityFrameworkCore;

namespace Fazhi.Kernel.Storage;

/// <summary>How many rows a list page says it has. Counted up to a cap: past it a list says "超过10,000条" and
/// asks for a narrower filter, so that a province-wide list of millions answers as fast as a county's (the store
/// stops after Cap + 1 rows). Statistics never use it: figures count exactly.</summary>
public static class ListCount
{
    public const int Cap = 10_000;

    /// <summary>The number of rows, or Cap + 1 when there are more than Cap.</summary>
    public static Task<int> UpToCapAsync<T>(IQueryable<T> rows, CancellationToken ct = default) =>
        rows.Take(Cap + 1).CountAsync(ct);

    /// <summary>Whether the count stopped at its cap (a list's, or a smaller one of its own).</summary>
    public static bool Capped(int total, int cap = Cap) => total > cap;

    /// <summary>"1,234" or "超过10,000".</summary>
    public static string Text(int total, int cap = Cap) => Capped(total, cap) ? $"超过{cap:N0}" : total.ToString("N0");
}
