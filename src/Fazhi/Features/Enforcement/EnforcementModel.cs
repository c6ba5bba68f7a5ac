using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Features.Enforcement.FileReviews;
using Fazhi.Features.Enforcement.Inspections;

namespace Fazhi.Features.Enforcement;

/// <summary>The tables of 行政执法; an officer, and an item of the 权责清单, belong to their agency.</summary>
public static class EnforcementModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<EnforcementOfficer>(e =>
        {
            e.ToTable("EnforcementOfficers");
            // Unique within an agency, so another agency's records are neither refused nor revealed.
            e.HasIndex(o => new { o.UnitId, o.IdNumber }).IsUnique();
            e.HasIndex(o => new { o.UnitId, o.CertificateNumber }).IsUnique();
            e.HasIndex(o => o.CertificateValidUntil);
            e.Property(o => o.Name).HasMaxLength(50);
            e.Property(o => o.IdNumber).HasMaxLength(18);
            e.Property(o => o.CertificateNumber).HasMaxLength(40);
            e.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(o => o.Trainings).WithOne().HasForeignKey(t => t.OfficerId);
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<EnforcementOfficer>(model, [o => o.UnitId], o => o.CreatedById);
        model.Entity<EnforcementPower>(e =>
        {
            e.ToTable("EnforcementPowers");
            e.HasIndex(p => new { p.UnitId, p.Name }).IsUnique();
            e.HasIndex(p => new { p.UnitId, p.Kind });
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Code).HasMaxLength(50);
            e.Property(p => p.LegalBasis).HasMaxLength(1000);
            e.Property(p => p.PublicationUrl).HasMaxLength(500);
            e.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.Property(p => p.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<EnforcementPower>(model, [p => p.UnitId], p => p.CreatedById);
        model.Entity<OfficerTraining>(e =>
        {
            e.ToTable("OfficerTrainings");
            e.HasIndex(t => new { t.OfficerId, t.Year });
            e.Property(t => t.Hours).HasPrecision(6, 1);
            e.Property(t => t.Course).HasMaxLength(100);
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        CaseModel.Build(model, scope);
        ReviewModel.Build(model, scope);
        InspectionModel.Build(model, scope);
    }
}

/// <summary>The feature's tables as members of the one DbContext, without the kernel knowing them.</summary>
public static class EnforcementTables
{
    extension(FazhiDb db)
    {
        public DbSet<EnforcementOfficer> EnforcementOfficers => db.Set<EnforcementOfficer>();
        public DbSet<OfficerTraining> OfficerTrainings => db.Set<OfficerTraining>();
        public DbSet<EnforcementPower> EnforcementPowers => db.Set<EnforcementPower>();
    }
}
