using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Workflow;

/// <summary>A record handled step by step (a case): owned by a unit, kept under optimistic concurrency, with a
/// timeline. OwnerType names it in the timeline and in deadline extensions.</summary>
public interface ICaseRecord : IAudited
{
    static abstract string OwnerType { get; }
    int Id { get; }
    int UnitId { get; }
    string? CreatedById { get; set; }
}

/// <summary>One step of a record's history as its timeline shows it (收到申请, 受理, 开庭…).</summary>
public sealed record TimelineEvent(DateOnly On, string Kind, string Text);

/// <summary>The one path by which every case type registers a record and applies a step: scope check, version check,
/// the step itself, and its timeline event, saved together in one transaction with their audit links.</summary>
public sealed class CaseWorkflow(FazhiDb db)
{
    public const string NotFound = "案件不存在或不在您的数据权限范围内";

    public async Task<T> RegisterAsync<T>(T record, TimelineEvent first, CancellationToken ct = default)
        where T : class, ICaseRecord
    {
        record.CreatedById ??= db.Scope.OwnUserId;
        // The timeline entry needs the record's id, which the store assigns on the first save.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        db.Timeline.Add(Entry<T>(record.Id, first));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return record;
    }

    /// <summary>Applies a step to a record the caller loaded; the step changes the record (and may add child rows) and
    /// returns the event for the timeline. A caller outside the owning unit's scope, or a stale version, is
    /// refused.</summary>
    public async Task<T> StepAsync<T>(
        T record, int version, Func<T, TimelineEvent> step, CancellationToken ct = default)
        where T : class, ICaseRecord
    {
        if (!db.Scope.CanWrite(record.UnitId, record.CreatedById))
            throw new DomainException(nameof(record.UnitId), "本案不在您的办理范围内，您只能查看");
        if (record.Version != version)
            throw new DbUpdateConcurrencyException("该案件已被他人修改，请刷新页面后重试");
        var happened = step(record);
        // Every step moves the version, even one that only adds a child row, so a stale form is always refused.
        db.Entry(record).Property(x => x.Version).IsModified = true;
        db.Timeline.Add(Entry<T>(record.Id, happened));
        await db.SaveChangesAsync(ct);
        return record;
    }

    public Task<List<TimelineEntry>> TimelineAsync<T>(int id, CancellationToken ct = default) where T : ICaseRecord
    {
        var owner = T.OwnerType; // read outside the query: expression trees cannot hold static interface members
        return db.Timeline.AsNoTracking().Where(t => t.OwnerType == owner && t.OwnerId == id)
            .OrderBy(t => t.On).ThenBy(t => t.Id).ToListAsync(ct);
    }

    public Task<List<DeadlineExtension>> ExtensionsAsync<T>(int id, CancellationToken ct = default)
        where T : ICaseRecord
    {
        var owner = T.OwnerType;
        return db.DeadlineExtensions.AsNoTracking().Where(e => e.OwnerType == owner && e.OwnerId == id)
            .OrderBy(e => e.Id).ToListAsync(ct);
    }

    /// <summary>The extensions of many records at once (the due list), keyed by record id.</summary>
    public async Task<ILookup<int, DeadlineExtension>> ExtensionsAsync<T>(int[] ids, CancellationToken ct = default)
        where T : ICaseRecord
    {
        var owner = T.OwnerType;
        return (await db.DeadlineExtensions.AsNoTracking().Where(e => e.OwnerType == owner && ids.Contains(e.OwnerId))
            .OrderBy(e => e.Id).ToListAsync(ct)).ToLookup(e => e.OwnerId);
    }

    /// <summary>The event as a timeline row, for records written outside a step (the demo county).</summary>
    public TimelineEntry Entry<T>(int id, TimelineEvent e) where T : ICaseRecord =>
        TimelineEntry.Of(T.OwnerType, id, e.On, e.Kind, e.Text, db.Scope.Actor);
}
