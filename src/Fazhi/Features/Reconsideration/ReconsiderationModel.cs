using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Reconsideration;

/// <summary>The tables of 行政复议 and who owns a case: its 复议机关 and, for reading, its 被申请人
/// too.</summary>
public static class ReconsiderationModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<ReconsiderationCase>(e =>
        {
            e.ToTable("ReconsiderationCases");
            e.HasIndex(c => new { c.UnitId, c.CaseNumber }).IsUnique(); // numbers are the 复议机关's own
            e.HasIndex(c => c.CaseNumber);
            e.HasIndex(c => new { c.UnitId, c.ReceivedOn });
            e.HasIndex(c => new { c.RespondentUnitId, c.ReceivedOn });
            e.HasIndex(c => c.ConcludedOn);
            e.HasIndex(c => c.ReceivedOn);                   // the register, newest first
            e.HasIndex(c => new { c.Status, c.ReceivedOn });  // the register filtered by status
            e.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.RespondentUnit).WithMany().HasForeignKey(c => c.RespondentUnitId)
                .OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Suspensions).WithOne().HasForeignKey(s => s.CaseId);
            e.Property(c => c.AmountYuan).HasPrecision(18, 2);
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<ReconsiderationCase>(model, [c => c.UnitId, c => c.RespondentUnitId], c => c.CreatedById);
        model.Entity<ReconsiderationSuspension>(e =>
        {
            e.ToTable("ReconsiderationSuspensions");
            e.Property(s => s.Version).IsConcurrencyToken();
        });
    }
}

/// <summary>The feature's tables as members of the one DbContext, without the kernel knowing them.</summary>
public static class ReconsiderationTables
{
    extension(FazhiDb db)
    {
        public DbSet<ReconsiderationCase> ReconsiderationCases => db.Set<ReconsiderationCase>();
        public DbSet<ReconsiderationSuspension> ReconsiderationSuspensions => db.Set<ReconsiderationSuspension>();
    }
}
