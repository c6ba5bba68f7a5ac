using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Normative;

/// <summary>Documents, the issuing body's; one 文号 per document. A campaign's verdict carries the campaign's unit
/// with its id, so a row cannot claim another body's campaign, and judges a document once per campaign. The library's
/// full-text index is not a model table: each store's migration creates its own (NormativeLibrary).</summary>
public static class NormativeModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<NormativeDocument>(e =>
        {
            e.ToTable("NormativeDocuments");
            e.HasIndex(d => d.Number).IsUnique();
            e.HasIndex(d => new { d.UnitId, d.IssuedOn });
            e.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.Property(d => d.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<NormativeDocument>(model, [d => d.UnitId], d => d.CreatedById);
        model.Entity<CleanupCampaign>(e =>
        {
            e.ToTable("NormativeCleanups");
            e.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasAlternateKey(c => new { c.Id, c.UnitId });
            e.HasMany(c => c.Entries).WithOne().HasForeignKey(x => new { x.CampaignId, x.UnitId })
                .HasPrincipalKey(c => new { c.Id, c.UnitId });
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<CleanupCampaign>(model, [c => c.UnitId], c => c.CreatedById);
        model.Entity<CleanupEntry>(e =>
        {
            e.ToTable("NormativeCleanupEntries");
            e.HasIndex(x => new { x.CampaignId, x.DocumentId }).IsUnique();
            e.HasIndex(x => x.DocumentId);
            e.HasOne<NormativeDocument>().WithMany().HasForeignKey(x => x.DocumentId)
                .OnDelete(DeleteBehavior.Restrict);
        });
        scope.OwnedBy<CleanupEntry>(model, [x => x.UnitId]);
    }
}

/// <summary>The feature's tables as members of the one DbContext.</summary>
public static class NormativeTables
{
    extension(FazhiDb db)
    {
        public DbSet<NormativeDocument> NormativeDocuments => db.Set<NormativeDocument>();
        public DbSet<CleanupCampaign> NormativeCleanups => db.Set<CleanupCampaign>();
        public DbSet<CleanupEntry> NormativeCleanupEntries => db.Set<CleanupEntry>();
    }
}
