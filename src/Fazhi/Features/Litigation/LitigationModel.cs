using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Litigation;

/// <summary>The tables of 行政应诉; a case is owned by its defendant (被告) and, for reading, its co-defendant.
/// </summary>
public static class LitigationModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<LitigationCase>(e =>
        {
            e.ToTable("LitigationCases");
            e.HasIndex(c => new { c.CaseNumber, c.CourtUnitId, c.UnitId }).IsUnique(); // co-defendants share one
            e.HasIndex(c => new { c.UnitId, c.FiledOn });
            e.HasIndex(c => c.ConcludedOn);
            e.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => c.CoDefendantUnitId);
            e.HasOne(c => c.CoDefendantUnit).WithMany().HasForeignKey(c => c.CoDefendantUnitId)
                .OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.CourtUnit).WithMany().HasForeignKey(c => c.CourtUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Hearings).WithOne().HasForeignKey(h => h.CaseId);
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<LitigationCase>(model, [c => c.UnitId, c => c.CoDefendantUnitId], c => c.CreatedById);
        model.Entity<Hearing>(e =>
        {
            e.ToTable("Hearings");
            e.Property(h => h.Version).IsConcurrencyToken();
            e.HasIndex(h => new { h.CaseId, h.HeldOn }); // hearings of a case in a year: the appearance figures
        });
    }
}

/// <summary>The feature's tables as members of the one DbContext, without the kernel knowing them.</summary>
public static class LitigationTables
{
    extension(FazhiDb db)
    {
        public DbSet<LitigationCase> LitigationCases => db.Set<LitigationCase>();
        public DbSet<Hearing> Hearings => db.Set<Hearing>();
    }
}
