using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;

namespace Fazhi.Kernel.Storage;

/// <summary>The one DbContext (one subclass per provider, each with its own migrations). The kernel's tables are
/// mapped here; each feature maps its own (FeatureCatalog) and declares which unit owns its records, from which the
/// scope filter is built. Every save appends to the audit chain.</summary>
public abstract class FazhiDb(DbContextOptions options, ScopeAccessor scope, AuditKey auditKey)
    : IdentityDbContext<AppUser, AppRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<DeadlineExtension> DeadlineExtensions => Set<DeadlineExtension>();
    public DbSet<HolidayYear> HolidayYears => Set<HolidayYear>();
    public DbSet<PersonalToken> PersonalTokens => Set<PersonalToken>();
    public DbSet<LoginRecord> LoginRecords => Set<LoginRecord>();
    public DbSet<UnitStamp> UnitStamps => Set<UnitStamp>();
    public DbSet<FigureTally> FigureTallies => Set<FigureTally>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Scheduling.JobRun> JobRuns => Set<Scheduling.JobRun>();

    public DataScope Scope => scope.Scope;
    public AuditKey AuditKey => auditKey;
    // The query filters read these three members so EF parameterises them per query.
    bool ScopeAll => scope.Scope.All;
    int[] ScopeUnitIds => scope.Scope.UnitIds;
    string? ScopeUserId => scope.Scope.OwnUserId;

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql") == true;

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<Unit>(e =>
        {
            e.HasIndex(u => u.Path);
            e.HasIndex(u => u.DivisionCode);
            e.HasIndex(u => u.CreditCode).IsUnique();
            e.Property(u => u.Name).HasMaxLength(100);
            e.Property(u => u.Version).IsConcurrencyToken();
        });
        b.Entity<AuditEntry>(e => { e.HasIndex(a => a.PreviousHash).IsUnique(); });
        b.Entity<TimelineEntry>(e => e.HasIndex(t => new { t.OwnerType, t.OwnerId }));
        // A deadline is extended at most once (行政复议法 第62条): the store refuses a second extension that two
        // concurrent requests might both try to add.
        b.Entity<DeadlineExtension>(e => e.HasIndex(t => new { t.OwnerType, t.OwnerId, t.RuleKey }).IsUnique());
        b.Entity<HolidayYear>().HasKey(h => h.Year);
        b.Entity<PersonalToken>().HasIndex(t => t.Hash).IsUnique();
        b.Entity<UnitStamp>(e =>
        {
            e.HasKey(s => s.UnitId);
            e.Property(s => s.UnitId).ValueGeneratedNever();
        });
        b.Entity<FigureTally>(e =>
        {
            e.HasKey(t => new { t.Area, t.UnitId, t.Year });
            e.Property(t => t.Area).HasMaxLength(100);
        });
        b.Entity<Notifications.Notification>(e =>
        {
            e.HasIndex(n => new { n.Key, n.UserId }).IsUnique(); // one message per subject and user
            e.HasIndex(n => new { n.UserId, n.ReadUtc });
            e.Property(n => n.Key).HasMaxLength(200);
        });
        b.Entity<Scheduling.JobRun>(e =>
        {
            e.HasIndex(r => new { r.Job, r.ScheduledUtc });
            e.Property(r => r.Job).HasMaxLength(100);
            e.Property(r => r.Node).HasMaxLength(200);
        });
        var scopeFilters = new ScopeFilters(() => ScopeAll, id => ScopeUnitIds.Contains(id),
            createdBy => ScopeUserId != null && createdBy == ScopeUserId);
        foreach (var feature in FeatureCatalog.All) feature.BuildModel(b, scopeFilters);
    }

    /// <summary>The root of the unit tree, or null before any unit exists.</summary>
    public Task<int?> RootUnitIdAsync(CancellationToken ct = default) =>
        Units.Where(u => u.ParentId == null).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);

    /// <summary>Serialises writers of the audit chain across web nodes (PostgreSQL); SQLite's write lock already
    /// does.</summary>
    public async Task LockAuditChainAsync(CancellationToken ct)
    {
        if (IsPostgres) await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7301)", ct);
    }

    public override Task<int> SaveChangesAsync(CancellationToken ct = default) => SaveChangesAsync(true, ct);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Saves and appends one audit link per changed audited entity, in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        foreach (var e in ChangeTracker.Entries<IAudited>().Where(e => e.State == EntityState.Modified))
            e.Entity.Version++;
        var pending = AuditChain.Capture(ChangeTracker);
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        // Read before the save, which forgets what a record was before.
        var touched = StampedUnits.Of(pending.Select(p => p.Entry));
        var ownTx = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            await LockAuditChainAsync(ct);
            await StampedUnits.BumpAsync(this, touched, ct);
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            var previous = await AuditChain.TailAsync(this, ct);
            var now = AuditChain.StorableNow();
            foreach (var p in pending)
            {
                var entry = AuditChain.Link(
                    auditKey, previous, now, Scope.Actor, p.Entry.Metadata.ClrType.Name, p.Key, p.Action, p.Before,
                    p.Action == AuditAction.Delete ? null : AuditChain.Snapshot(p.Entry, original: false));
                previous = entry.Hash;
                AuditEntries.Add(entry);
            }
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (ownTx is not null) await ownTx.CommitAsync(ct);
            return result;
        }
        finally
        {
            if (ownTx is not null) await ownTx.DisposeAsync();
        }
    }
}
