using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Decisions;

/// <summary>Directories and decisions, the decision body's. A directory's matter and a decision's document carry the
/// body with their parent's id, so a row cannot claim another body's directory or decision; one directory per body and
/// year.</summary>
public static class DecisionModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<DecisionDirectory>(e =>
        {
            e.ToTable("DecisionDirectories");
            e.HasIndex(d => new { d.UnitId, d.Year }).IsUnique();
            e.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasAlternateKey(d => new { d.Id, d.UnitId });
            e.HasMany(d => d.Items).WithOne().HasForeignKey(i => new { i.DirectoryId, i.UnitId })
                .HasPrincipalKey(d => new { d.Id, d.UnitId });
            e.Property(d => d.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<DecisionDirectory>(model, [d => d.UnitId], d => d.CreatedById);
        model.Entity<DirectoryItem>(e =>
        {
            e.ToTable("DecisionDirectoryItems");
            e.HasIndex(i => i.UnitId);
        });
        scope.OwnedBy<DirectoryItem>(model, [i => i.UnitId]);
        model.Entity<MajorDecision>(e =>
        {
            e.ToTable("MajorDecisions");
            e.HasIndex(d => new { d.UnitId, d.MeetingOn });
            e.HasIndex(d => d.DirectoryItemId);
            e.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<DirectoryItem>().WithMany().HasForeignKey(d => d.DirectoryItemId)
                .OnDelete(DeleteBehavior.Restrict);
            e.Property(d => d.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<MajorDecision>(model, [d => d.UnitId], d => d.CreatedById);
        model.Entity<DecisionDocument>(e =>
        {
            e.ToTable("DecisionDocuments");
            e.HasIndex(f => f.UnitId);
            e.HasOne<MajorDecision>().WithMany().HasForeignKey(f => new { f.DecisionId, f.UnitId })
                .HasPrincipalKey(d => new { d.Id, d.UnitId });
        });
        scope.OwnedBy<DecisionDocument>(model, [f => f.UnitId]);
    }
}

/// <summary>The feature's tables as members of the one DbContext.</summary>
public static class DecisionTables
{
    extension(FazhiDb db)
    {
        public DbSet<DecisionDirectory> DecisionDirectories => db.Set<DecisionDirectory>();
        public DbSet<DirectoryItem> DecisionDirectoryItems => db.Set<DirectoryItem>();
        public DbSet<MajorDecision> MajorDecisions => db.Set<MajorDecision>();
        public DbSet<DecisionDocument> DecisionDocuments => db.Set<DecisionDocument>();
    }
}
