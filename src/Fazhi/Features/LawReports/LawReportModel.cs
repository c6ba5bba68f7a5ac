using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.LawReports;

/// <summary>述法 records, the reporting unit's and the arranger's; duty lists, their unit's. One 述法 per unit,
/// arranger and year (a department under vertical management may report to its government and to the department
/// above); one duty list per unit and post (a township's 党委书记 and 乡镇长 each have theirs).</summary>
public static class LawReportModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<LawReport>(e =>
        {
            e.ToTable("LawReports");
            e.HasIndex(r => new { r.UnitId, r.ArrangerUnitId, r.Year }).IsUnique();
            e.HasIndex(r => new { r.ArrangerUnitId, r.Year });
            e.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(r => r.ArrangerUnit).WithMany().HasForeignKey(r => r.ArrangerUnitId)
                .OnDelete(DeleteBehavior.Restrict);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<LawReport>(model, [r => r.UnitId, r => r.ArrangerUnitId], r => r.CreatedById);
        model.Entity<DutyList>(e =>
        {
            e.ToTable("DutyLists");
            e.HasIndex(d => new { d.UnitId, d.LeaderPost }).IsUnique();
            e.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        scope.OwnedBy<DutyList>(model, [d => d.UnitId]);
    }
}

public static class LawReportTables
{
    extension(FazhiDb db)
    {
        public DbSet<LawReport> LawReports => db.Set<LawReport>();
        public DbSet<DutyList> DutyLists => db.Set<DutyList>();
    }
}
