using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Plans;

/// <summary>The tables of plans: a plan, its tasks and targets are the issuing unit's; an assignment and a progress
/// report are also the assigned unit's. Each row's key to its parent holds the plan's unit with the parent's id, so
/// a row can only carry the unit of the plan it belongs to.</summary>
public static class PlanModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<ImplementationPlan>(e =>
        {
            e.ToTable("ImplementationPlans");
            e.HasIndex(p => new { p.UnitId, p.IssuedOn });
            e.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasAlternateKey(p => new { p.Id, p.UnitId });
            e.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => new { t.PlanId, t.PlanUnitId })
                .HasPrincipalKey(p => new { p.Id, p.UnitId });
            e.HasMany(p => p.Assignments).WithOne().HasForeignKey(a => new { a.PlanId, a.PlanUnitId })
                .HasPrincipalKey(p => new { p.Id, p.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.Property(p => p.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<ImplementationPlan>(model, [p => p.UnitId], p => p.CreatedById);
        model.Entity<PlanTask>(e =>
        {
            e.ToTable("PlanTasks");
            e.HasIndex(t => new { t.PlanId, t.Ordinal }).IsUnique();
            e.HasIndex(t => t.PlanUnitId);
            e.HasAlternateKey(t => new { t.Id, t.PlanUnitId });
            e.HasMany(t => t.Assignments).WithOne().HasForeignKey(a => new { a.TaskId, a.PlanUnitId })
                .HasPrincipalKey(t => new { t.Id, t.PlanUnitId });
            e.HasMany(t => t.Milestones).WithOne().HasForeignKey(m => new { m.TaskId, m.PlanUnitId })
                .HasPrincipalKey(t => new { t.Id, t.PlanUnitId });
        });
        scope.OwnedBy<PlanTask>(model, [t => t.PlanUnitId]);
        model.Entity<TaskAssignment>(e =>
        {
            e.ToTable("TaskAssignments");
            e.HasIndex(a => new { a.PlanId, a.Match });
            e.HasIndex(a => a.UnitId);
            e.HasIndex(a => a.PlanUnitId);
            e.HasAlternateKey(a => new { a.Id, a.PlanUnitId });
            e.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        scope.OwnedBy<TaskAssignment>(model, [a => a.UnitId, a => a.PlanUnitId]);
        model.Entity<TaskMilestone>(e =>
        {
            e.ToTable("TaskMilestones");
            e.HasIndex(m => new { m.PlanUnitId, m.DueOn });
        });
        scope.OwnedBy<TaskMilestone>(model, [m => m.PlanUnitId]);
        model.Entity<ProgressReport>(e =>
        {
            e.ToTable("ProgressReports");
            e.HasIndex(r => new { r.AssignmentId, r.Month }).IsUnique();
            e.HasIndex(r => new { r.PlanId, r.Month });
            e.HasIndex(r => r.UnitId);
            e.HasIndex(r => r.PlanUnitId);
            e.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<TaskAssignment>().WithMany().HasForeignKey(r => new { r.AssignmentId, r.PlanUnitId })
                .HasPrincipalKey(a => new { a.Id, a.PlanUnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(r => r.Evidence).WithOne().HasForeignKey<ProgressEvidence>(f => f.Id);
        });
        scope.OwnedBy<ProgressReport>(model, [r => r.UnitId, r => r.PlanUnitId]);
        model.Entity<ProgressEvidence>(e =>
        {
            e.ToTable("ProgressEvidence");
            e.Property(f => f.Id).ValueGeneratedNever();
        });
    }
}

/// <summary>The feature's tables as members of the one DbContext, without the kernel knowing them.</summary>
public static class PlanTables
{
    extension(FazhiDb db)
    {
        public DbSet<ImplementationPlan> ImplementationPlans => db.Set<ImplementationPlan>();
        public DbSet<PlanTask> PlanTasks => db.Set<PlanTask>();
        public DbSet<TaskAssignment> TaskAssignments => db.Set<TaskAssignment>();
        public DbSet<TaskMilestone> TaskMilestones => db.Set<TaskMilestone>();
        public DbSet<ProgressReport> ProgressReports => db.Set<ProgressReport>();
    }
}
