using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Rectification;

/// <summary>督察整改's tables. An inspection and its findings are the 督察单位's; an item and its evidence are also
/// the responsible unit's. Each child's key to its parent carries the parent's unit, so a row cannot claim another
/// inspection's 督察单位.</summary>
public static class RectificationModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<Oversight>(e =>
        {
            e.ToTable("Oversights");
            e.HasIndex(o => new { o.UnitId, o.StartOn });
            e.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasAlternateKey(o => new { o.Id, o.UnitId });
            e.HasMany(o => o.Findings).WithOne().HasForeignKey(f => new { f.OversightId, f.UnitId })
                .HasPrincipalKey(o => new { o.Id, o.UnitId });
            e.HasMany(o => o.Items).WithOne(i => i.Oversight).HasForeignKey(i => new { i.OversightId, i.IssuerUnitId })
                .HasPrincipalKey(o => new { o.Id, o.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<Oversight>(model, [o => o.UnitId], o => o.CreatedById);
        model.Entity<OversightFinding>(e =>
        {
            e.ToTable("OversightFindings");
            e.HasIndex(f => new { f.OversightId, f.Number }).IsUnique();
            e.HasIndex(f => f.UnitId);
            e.HasIndex(f => f.ItemId);
            e.HasOne<RectificationItem>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Restrict);
        });
        scope.OwnedBy<OversightFinding>(model, [f => f.UnitId]);
        model.Entity<RectificationItem>(e =>
        {
            e.ToTable("RectificationItems");
            e.HasIndex(i => new { i.OversightId, i.Number }).IsUnique();
            e.HasIndex(i => new { i.UnitId, i.State, i.DueOn });
            e.HasIndex(i => new { i.IssuerUnitId, i.AssignedOn });
            e.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasAlternateKey(i => new { i.Id, i.UnitId });
            e.Property(i => i.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<RectificationItem>(model, [i => i.UnitId, i => i.IssuerUnitId], i => i.CreatedById);
        model.Entity<RectificationEvidence>(e =>
        {
            e.ToTable("RectificationEvidence");
            e.HasIndex(f => f.UnitId);
            e.HasIndex(f => f.IssuerUnitId);
            e.HasIndex(f => f.ItemId);
            e.HasOne<RectificationItem>().WithMany().HasForeignKey(f => new { f.ItemId, f.UnitId })
                .HasPrincipalKey(i => new { i.Id, i.UnitId });
        });
        scope.OwnedBy<RectificationEvidence>(model, [f => f.UnitId, f => f.IssuerUnitId]);
    }
}

/// <summary>The feature's tables as members of the one DbContext.</summary>
public static class RectificationTables
{
    extension(FazhiDb db)
    {
        public DbSet<Oversight> Oversights => db.Set<Oversight>();
        public DbSet<OversightFinding> OversightFindings => db.Set<OversightFinding>();
        public DbSet<RectificationItem> RectificationItems => db.Set<RectificationItem>();
        public DbSet<RectificationEvidence> RectificationEvidence => db.Set<RectificationEvidence>();
    }
}
