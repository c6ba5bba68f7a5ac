using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Disputes;

/// <summary>Mediation organisations, their mediators and their cases, all the organisation's unit's. A child's key
/// to its organisation carries the unit, so a row cannot claim another unit's organisation.</summary>
public static class DisputeModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<MediationOrganisation>(e =>
        {
            e.ToTable("MediationOrganisations");
            e.HasIndex(o => new { o.UnitId, o.Name }).IsUnique();
            e.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasAlternateKey(o => new { o.Id, o.UnitId });
            e.HasMany(o => o.Mediators).WithOne().HasForeignKey(m => new { m.OrganisationId, m.UnitId })
                .HasPrincipalKey(o => new { o.Id, o.UnitId });
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<MediationOrganisation>(model, [o => o.UnitId], o => o.CreatedById);
        model.Entity<Mediator>(e =>
        {
            e.ToTable("Mediators");
            e.HasIndex(m => m.UnitId);
        });
        scope.OwnedBy<Mediator>(model, [m => m.UnitId]);
        model.Entity<DisputeCase>(e =>
        {
            e.ToTable("DisputeCases");
            e.HasIndex(c => new { c.OrganisationId, c.Number }).IsUnique();
            e.HasIndex(c => new { c.UnitId, c.ReceivedOn });
            e.HasIndex(c => c.ReceivedOn);
            e.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => new { c.OrganisationId, c.UnitId })
                .HasPrincipalKey(o => new { o.Id, o.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<DisputeCase>(model, [c => c.UnitId], c => c.CreatedById);
    }
}

/// <summary>The feature's tables as members of the one DbContext.</summary>
public static class DisputeTables
{
    extension(FazhiDb db)
    {
        public DbSet<MediationOrganisation> MediationOrganisations => db.Set<MediationOrganisation>();
        public DbSet<Mediator> Mediators => db.Set<Mediator>();
        public DbSet<DisputeCase> DisputeCases => db.Set<DisputeCase>();
    }
}
