using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.AnnualReport;

/// <summary>One report per unit and year, the unit's.</summary>
public static class YearReportModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<YearReport>(e =>
        {
            e.ToTable("YearReports");
            e.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
            e.HasIndex(r => r.Year);
            e.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<YearReport>(model, [r => r.UnitId], r => r.CreatedById);
    }
}

public static class YearReportTables
{
    extension(FazhiDb db)
    {
        public DbSet<YearReport> YearReports => db.Set<YearReport>();
    }
}
