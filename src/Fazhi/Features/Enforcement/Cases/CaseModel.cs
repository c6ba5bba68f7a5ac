using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>The tables of enforcement cases; a case, and a power's standards, belong to the agency.</summary>
public static class CaseModel
{
    public static void Build(ModelBuilder model, ScopeFilters scope)
    {
        model.Entity<EnforcementCase>(e =>
        {
            e.ToTable("EnforcementCases");
            e.HasIndex(c => new { c.UnitId, c.Number }).IsUnique();
            e.HasIndex(c => new { c.UnitId, c.FiledOn });
            // A filtered list's count (kind, status, year) reads one of these alone: a province's the first, an
            // agency's or a county's the second.
            e.HasIndex(c => new { c.Kind, c.Status, c.FiledOn, c.UnitId });
            e.HasIndex(c => new { c.UnitId, c.Kind, c.Status, c.FiledOn });
            // The year figures of a province read these two indexes alone (CaseFigures: one range of each date);
            // a county's read its units' ranges.
            e.HasIndex(c => new { c.FiledOn, c.Kind });
            e.HasIndex(c => new
            {
                c.DecidedOn, c.Kind, c.Outcome, c.ReviewGround, c.HearingHeldOn, c.LegalReviewPassed,
                c.LegalReviewedOn, c.DecisionDue, c.PublicityDue, c.PublishedOn, c.OutsideBand, c.Amount, c.StandardId,
            }).HasDatabaseName("IX_EnforcementCases_DecisionFigures");
            e.HasIndex(c => new { c.UnitId, c.DecidedOn });
            // Decisions waiting for publication by the day their period runs out: on a new day the kept figures
            // count again only the agencies with one whose period ran out (CaseFigures.Tally).
            e.HasIndex(c => new { c.PublicityDue, c.UnitId }, "IX_EnforcementCases_PublicityPending")
                .HasFilter("\"PublishedOn\" IS NULL AND \"PublicityDue\" IS NOT NULL");
            // The due list reads open cases, and closed ones whose overturned decision awaits withdrawal.
            e.HasIndex(c => c.UnitId, "IX_EnforcementCases_Open").HasFilter($"\"Status\" <> {(int)CaseStatus.Closed}");
            e.HasIndex(c => c.UnitId, "IX_EnforcementCases_WithdrawalPending")
                .HasFilter("\"OverturnedOn\" IS NOT NULL AND \"WithdrawnOn\" IS NULL");
            e.Property(c => c.Number).HasMaxLength(60);
            e.Property(c => c.PartyName).HasMaxLength(200);
            e.Property(c => c.PartyCode).HasMaxLength(18);
            e.Property(c => c.Amount).HasPrecision(14, 2);
            e.Property(c => c.LegalReviewer).HasMaxLength(50);
            e.Property(c => c.PublicationUrl).HasMaxLength(500);
            e.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Power).WithMany().HasForeignKey(c => c.PowerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Standard).WithMany().HasForeignKey(c => c.StandardId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Handlers).WithOne().HasForeignKey(h => h.CaseId);
            e.HasMany(c => c.Records).WithOne().HasForeignKey(r => r.CaseId);
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<EnforcementCase>(model, [c => c.UnitId], c => c.CreatedById);
        model.Entity<CaseHandler>(e =>
        {
            e.ToTable("EnforcementCaseHandlers");
            e.HasIndex(h => new { h.CaseId, h.OfficerId }).IsUnique();
            e.HasIndex(h => h.OfficerId);
            e.HasOne(h => h.Officer).WithMany().HasForeignKey(h => h.OfficerId).OnDelete(DeleteBehavior.Restrict);
            e.Property(h => h.RecusalReason).HasMaxLength(500);
            e.Property(h => h.RecusalDecidedBy).HasMaxLength(50);
            e.Property(h => h.Version).IsConcurrencyToken();
        });
        model.Entity<ProcessRecord>(e =>
        {
            e.ToTable("EnforcementRecords");
            e.HasIndex(r => r.CaseId);
            e.Property(r => r.Title).HasMaxLength(200);
            e.Property(r => r.FileName).HasMaxLength(200);
            e.Property(r => r.ContentType).HasMaxLength(100);
            e.Property(r => r.Sha256).HasMaxLength(64);
            e.HasOne(r => r.File).WithOne().HasForeignKey<ProcessRecordFile>(f => f.Id);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        model.Entity<ProcessRecordFile>(e =>
        {
            e.ToTable("EnforcementRecordFiles");
            e.Property(f => f.Id).ValueGeneratedNever();
        });
        model.Entity<PowerStandard>(e =>
        {
            e.ToTable("EnforcementStandards");
            e.HasIndex(s => s.PowerId);
            e.HasOne<EnforcementPower>().WithMany().HasForeignKey(s => s.PowerId);
            e.Property(s => s.Circumstance).HasMaxLength(300);
            e.Property(s => s.MinAmount).HasPrecision(14, 2);
            e.Property(s => s.MaxAmount).HasPrecision(14, 2);
            e.Property(s => s.Version).IsConcurrencyToken();
        });
        scope.OwnedBy<PowerStandard>(model, [s => s.UnitId], s => s.CreatedById);
    }
}

/// <summary>The tables as members of the one DbContext, without the kernel knowing them.</summary>
public static class CaseTables
{
    extension(FazhiDb db)
    {
        public DbSet<EnforcementCase> EnforcementCases => db.Set<EnforcementCase>();
        public DbSet<CaseHandler> EnforcementCaseHandlers => db.Set<CaseHandler>();
        public DbSet<ProcessRecord> ProcessRecords => db.Set<ProcessRecord>();
        public DbSet<ProcessRecordFile> ProcessRecordFiles => db.Set<ProcessRecordFile>();
        public DbSet<PowerStandard> PowerStandards => db.Set<PowerStandard>();
    }
}
