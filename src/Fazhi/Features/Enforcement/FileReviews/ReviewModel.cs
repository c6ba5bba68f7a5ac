using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>The tables of 案卷评查. A standard and a campaign belong to the unit that made them; a scored file
/// to the organiser and to the agency whose file it is.</summary>
public static class ReviewModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<ReviewRubric>(e =>
        {
            e.ToTable("ReviewRubrics");
            e.HasIndex(r => r.UnitId);
            e.Property(r => r.Name).HasMaxLength(100);
            e.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RubricId);
            e.HasMany(r => r.Bands).WithOne().HasForeignKey(b => b.RubricId);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<ReviewRubric>(model, [r => r.UnitId], r => r.CreatedById);
        model.Entity<RubricItem>(e =>
        {
            e.ToTable("ReviewRubricItems");
            e.Property(i => i.Section).HasMaxLength(20);
            e.Property(i => i.Text).HasMaxLength(500);
        });
        model.Entity<GradeBand>(e =>
        {
            e.ToTable("ReviewGradeBands");
            e.Property(b => b.Label).HasMaxLength(20);
            e.Property(b => b.MinScore).HasPrecision(6, 2);
        });
        model.Entity<ReviewCampaign>(e =>
        {
            e.ToTable("ReviewCampaigns");
            e.HasIndex(c => new { c.UnitId, c.Year });
            e.Property(c => c.Name).HasMaxLength(100);
            e.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Rubric).WithMany().HasForeignKey(c => c.RubricId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Files).WithOne(f => f.Campaign).HasForeignKey(f => f.CampaignId);
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<ReviewCampaign>(model, [c => c.UnitId], c => c.CreatedById);
        model.Entity<FileReview>(e =>
        {
            e.ToTable("FileReviews");
            e.HasIndex(f => f.CampaignId);
            e.HasIndex(f => f.CaseId);
            e.HasIndex(f => new { f.CaseUnitId, f.Year });
            e.Property(f => f.Score).HasPrecision(6, 2);
            e.Property(f => f.Grade).HasMaxLength(20);
            e.Property(f => f.Reviewer).HasMaxLength(100);
            e.Property(f => f.Comment).HasMaxLength(1000);
            e.HasOne(f => f.Case).WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(f => f.Scores).WithOne().HasForeignKey(s => s.FileReviewId);
            e.Property(f => f.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<FileReview>(model, [f => f.OrganiserUnitId, f => f.CaseUnitId], f => f.CreatedById);
        model.Entity<ItemScore>(e =>
        {
            e.ToTable("FileReviewScores");
            e.Property(s => s.Points).HasPrecision(6, 2);
            e.Property(s => s.Note).HasMaxLength(500);
        });
    }
}

public static class ReviewTables
{
    extension(FazhiDb db)
    {
        public DbSet<ReviewRubric> ReviewRubrics => db.Set<ReviewRubric>();
        public DbSet<ReviewCampaign> ReviewCampaigns => db.Set<ReviewCampaign>();
        public DbSet<FileReview> FileReviews => db.Set<FileReview>();
    }
}
