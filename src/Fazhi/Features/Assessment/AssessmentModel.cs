using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Assessment;

/// <summary>考核's tables. A system and its indicators are the assessor's; an assessment, its scores and evidence are
/// the assessed unit's and the assessor's. Each child's key to its parent carries the parent's unit, so a row cannot
/// claim another unit's parent. One assessment per unit on a system.</summary>
public static class AssessmentModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<IndicatorSystem>(e =>
        {
            e.ToTable("IndicatorSystems");
            e.HasIndex(s => new { s.UnitId, s.Year });
            e.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasAlternateKey(s => new { s.Id, s.UnitId });
            e.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => new { i.SystemId, i.UnitId })
                .HasPrincipalKey(s => new { s.Id, s.UnitId });
            e.Property(s => s.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<IndicatorSystem>(model, [s => s.UnitId], s => s.CreatedById);
        model.Entity<Indicator>(e =>
        {
            e.ToTable("Indicators");
            e.HasIndex(i => i.UnitId);
            e.HasIndex(i => i.ParentId);
            // NoAction (checked at the end of a statement), so a whole tree can go in one DELETE.
            e.HasOne(i => i.Parent).WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.NoAction);
            e.Property(i => i.Points).HasPrecision(8, 2);
            e.Property(i => i.Target).HasPrecision(12, 2);
            e.Property(i => i.PerEvent).HasPrecision(8, 2);
        });
        scope.OwnedBy<Indicator>(model, [i => i.UnitId]);
        model.Entity<UnitAssessment>(e =>
        {
            e.ToTable("Assessments");
            e.HasIndex(a => new { a.SystemId, a.UnitId }).IsUnique();
            e.HasIndex(a => new { a.UnitId, a.Year });
            e.HasIndex(a => a.AssessorUnitId);
            e.HasOne(a => a.System).WithMany().HasForeignKey(a => new { a.SystemId, a.AssessorUnitId })
                .HasPrincipalKey(s => new { s.Id, s.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(a => a.AssessorUnit).WithMany().HasForeignKey(a => a.AssessorUnitId)
                .OnDelete(DeleteBehavior.Restrict);
            e.HasAlternateKey(a => new { a.Id, a.UnitId });
            e.HasMany(a => a.Scores).WithOne().HasForeignKey(s => new { s.AssessmentId, s.UnitId })
                .HasPrincipalKey(a => new { a.Id, a.UnitId });
            e.Property(a => a.Total).HasPrecision(8, 2);
            e.Property(a => a.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<UnitAssessment>(model, [a => a.UnitId, a => a.AssessorUnitId], a => a.CreatedById);
        model.Entity<AssessmentScore>(e =>
        {
            e.ToTable("AssessmentScores");
            e.HasIndex(s => new { s.AssessmentId, s.IndicatorId }).IsUnique();
            e.HasIndex(s => s.UnitId);
            e.HasIndex(s => s.AssessorUnitId);
            e.HasOne<Indicator>().WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.Restrict);
            foreach (var p in new[] { "SelfScore", "AutoScore", "ReviewScore", "FinalScore" })
                e.Property(p).HasPrecision(8, 2);
        });
        scope.OwnedBy<AssessmentScore>(model, [s => s.UnitId, s => s.AssessorUnitId]);
        model.Entity<AssessmentEvidence>(e =>
        {
            e.ToTable("AssessmentEvidence");
            e.HasIndex(f => f.UnitId);
            e.HasIndex(f => f.AssessorUnitId);
            e.HasIndex(f => new { f.AssessmentId, f.IndicatorId });
            e.HasOne<UnitAssessment>().WithMany().HasForeignKey(f => new { f.AssessmentId, f.UnitId })
                .HasPrincipalKey(a => new { a.Id, a.UnitId });
            e.HasOne<Indicator>().WithMany().HasForeignKey(f => f.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        });
        scope.OwnedBy<AssessmentEvidence>(model, [f => f.UnitId, f => f.AssessorUnitId]);
    }
}

/// <summary>The feature's tables as members of the one DbContext.</summary>
public static class AssessmentTables
{
    extension(FazhiDb db)
    {
        public DbSet<IndicatorSystem> IndicatorSystems => db.Set<IndicatorSystem>();
        public DbSet<Indicator> Indicators => db.Set<Indicator>();
        public DbSet<UnitAssessment> Assessments => db.Set<UnitAssessment>();
        public DbSet<AssessmentScore> AssessmentScores => db.Set<AssessmentScore>();
        public DbSet<AssessmentEvidence> AssessmentEvidence => db.Set<AssessmentEvidence>();
    }
}
