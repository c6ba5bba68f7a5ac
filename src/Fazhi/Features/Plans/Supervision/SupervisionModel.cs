using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Plans.Supervision;

/// <summary>督办单: the supervised unit's and the issuer's. One notice per unit and cause.</summary>
public static class SupervisionModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<SupervisionNotice>(e =>
        {
            e.ToTable("SupervisionNotices");
            e.HasIndex(n => new { n.AssignmentId, n.Cause }).IsUnique();
            e.HasIndex(n => new { n.IssuerUnitId, n.Number }).IsUnique();
            e.HasIndex(n => new { n.PlanId, n.ResolvedOn });
            e.HasIndex(n => n.UnitId);
            e.HasOne(n => n.Unit).WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(n => n.IssuerUnit).WithMany().HasForeignKey(n => n.IssuerUnitId)
                .OnDelete(DeleteBehavior.Restrict);
            e.HasOne<TaskAssignment>().WithMany().HasForeignKey(n => new { n.AssignmentId, n.IssuerUnitId })
                .HasPrincipalKey(a => new { a.Id, a.PlanUnitId }).OnDelete(DeleteBehavior.Restrict);
            e.Property(n => n.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<SupervisionNotice>(model, [n => n.UnitId, n => n.IssuerUnitId], n => n.CreatedById);
    }
}

public static class SupervisionTables
{
    extension(FazhiDb db)
    {
        public DbSet<SupervisionNotice> SupervisionNotices => db.Set<SupervisionNotice>();
    }
}
