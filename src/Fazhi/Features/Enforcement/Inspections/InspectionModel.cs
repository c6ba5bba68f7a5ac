using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>The tables of 双随机、一公开; the registry, its recusals, the plans and their tasks belong to the
/// agency.</summary>
public static class InspectionModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<InspectionObject>(e =>
        {
            e.ToTable("InspectionObjects");
            // A draw reads one agency's registry by grade.
            e.HasIndex(o => new { o.UnitId, o.RiskGrade });
            // Unique within the registry; objects without a code (products, projects) are NULL, which never
            // collides in a unique index on either store.
            e.HasIndex(o => new { o.UnitId, o.CreditCode }).IsUnique();
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.CreditCode).HasMaxLength(18);
            e.Property(o => o.Address).HasMaxLength(200);
            e.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<InspectionObject>(model, [o => o.UnitId], o => o.CreatedById);
        model.Entity<InspectionRecusal>(e =>
        {
            e.ToTable("InspectionRecusals");
            e.HasIndex(r => new { r.UnitId, r.ObjectId });
            e.HasIndex(r => r.OfficerId);
            e.Property(r => r.Reason).HasMaxLength(500);
            e.HasOne(r => r.Object).WithMany().HasForeignKey(r => r.ObjectId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(r => r.Officer).WithMany().HasForeignKey(r => r.OfficerId).OnDelete(DeleteBehavior.Restrict);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<InspectionRecusal>(model, [r => r.UnitId], r => r.CreatedById);
        model.Entity<InspectionPlan>(e =>
        {
            e.ToTable("InspectionPlans");
            e.HasIndex(p => new { p.UnitId, p.Name }).IsUnique();
            e.HasIndex(p => p.DrawnOn);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.RatioA).HasPrecision(5, 2);
            e.Property(p => p.RatioB).HasPrecision(5, 2);
            e.Property(p => p.RatioC).HasPrecision(5, 2);
            e.Property(p => p.RatioD).HasPrecision(5, 2);
            e.Property(p => p.PoolSha256).HasMaxLength(64);
            e.Property(p => p.ResultSha256).HasMaxLength(64);
            e.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(p => p.Power).WithMany().HasForeignKey(p => p.PowerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(p => p.Pool).WithOne().HasForeignKey<InspectionPool>(x => x.Id);
            // A task belongs to its plan's agency: one key checks both, once per row of a draw's bulk write.
            // On PostgreSQL this key and the task's object key are checked per statement by triggers (migration
            // DrawTaskKeysPerStatement): drop them before changing either relationship.
            e.HasMany(p => p.Tasks).WithOne(t => t.Plan).HasForeignKey(t => new { t.PlanId, t.UnitId })
                .HasPrincipalKey(p => new { p.Id, p.UnitId });
            e.Property(p => p.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<InspectionPlan>(model, [p => p.UnitId], p => p.CreatedById);
        model.Entity<InspectionPool>(e =>
        {
            e.ToTable("InspectionPools");
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        model.Entity<InspectionTask>(e =>
        {
            e.ToTable("InspectionTasks");
            e.HasIndex(t => t.ObjectId);
            e.HasIndex(t => new { t.UnitId, t.DrawnOn });
            e.HasIndex(t => t.ResultOn);
            e.Property(t => t.ResultNote).HasMaxLength(500);
            e.Property(t => t.PublicationUrl).HasMaxLength(500);
            e.HasOne(t => t.Object).WithMany().HasForeignKey(t => t.ObjectId).OnDelete(DeleteBehavior.Restrict);
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<InspectionTask>(model, [t => t.UnitId], t => t.CreatedById);
    }
}

/// <summary>The tables as members of the one DbContext, without the kernel knowing them.</summary>
public static class InspectionTables
{
    extension(FazhiDb db)
    {
        public DbSet<InspectionObject> InspectionObjects => db.Set<InspectionObject>();
        public DbSet<InspectionRecusal> InspectionRecusals => db.Set<InspectionRecusal>();
        public DbSet<InspectionPlan> InspectionPlans => db.Set<InspectionPlan>();
        public DbSet<InspectionPool> InspectionPools => db.Set<InspectionPool>();
        public DbSet<InspectionTask> InspectionTasks => db.Set<InspectionTask>();
    }
}
