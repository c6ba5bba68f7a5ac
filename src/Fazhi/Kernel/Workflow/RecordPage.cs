using Microsoft.AspNetCore.Authorization;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Workflow;

/// <summary>A case page over one record type: the record in the caller's scope and its timeline; the page adds what
/// else it shows and which of the record's parties may act.</summary>
public abstract class RecordPage<T>(FazhiDb db, IAuthorizationService authorization, string writePolicy,
    CaseWorkflow workflow) : CasePage(db, authorization, writePolicy) where T : class, ICaseRecord
{
    public T Record { get; private set; } = null!;
    public List<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>The record, or null when it is not in the caller's scope (404).</summary>
    protected abstract Task<T?> FindAsync(int id);

    /// <summary>What the page shows beyond the record and its timeline.</summary>
    protected virtual Task LoadedAsync(T record) => Task.CompletedTask;

    protected sealed override async Task<bool> LoadAsync(int id)
    {
        if (await FindAsync(id) is not { } record) return false;
        Record = record;
        await LoadedAsync(record);
        Timeline = await workflow.TimelineAsync<T>(id);
        return true;
    }
}
