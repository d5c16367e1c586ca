using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Data;

/// <summary>The tenant's decision reports: working copies, published versions, the public rows and attachments. Code injects this type.</summary>
public abstract class PublicationsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Publications";

    public DbSet<DecisionReport> Reports => Set<DecisionReport>();

    public DbSet<Part1Section> Part1Sections => Set<Part1Section>();

    public DbSet<Part2Section> Part2Sections => Set<Part2Section>();

    public DbSet<ReportAttachment> Attachments => Set<ReportAttachment>();

    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    public DbSet<PublishedVersion> PublishedVersions => Set<PublishedVersion>();

    public DbSet<SensitivePartVersion> SensitivePartVersions => Set<SensitivePartVersion>();

    public DbSet<PublicReportEntry> PublicReports => Set<PublicReportEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var report = builder.Entity<DecisionReport>();
        report.ToTable("DecisionReports");
        report.HasKey(r => r.Id);
        // Ids are chosen by the code, so an entity found through a navigation with an id set is new, not existing.
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.Reference).HasMaxLength(ReportLimits.Reference).IsRequired();
        report.HasIndex(r => r.Reference).IsUnique();
        report.Property(r => r.Title).HasMaxLength(ReportLimits.Title).IsRequired();
        report.Property(r => r.Summary).HasMaxLength(ReportLimits.Summary).IsRequired();
        report.Property(r => r.DecisionMaker).HasMaxLength(ReportLimits.DecisionMaker).IsRequired();
        report.Property(r => r.Tags).IsRequired();
        report.Property(r => r.AuthorId).HasMaxLength(ReportLimits.Actor).IsRequired();
        report.Property(r => r.AuthorName).HasMaxLength(ReportLimits.Actor).IsRequired();
        report.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        report.Property(r => r.SubmittedBy).HasMaxLength(ReportLimits.Actor);
        report.Property(r => r.ApprovedBy).HasMaxLength(ReportLimits.Actor);
        report.Property(r => r.ApprovedByName).HasMaxLength(ReportLimits.Actor);
        report.Property(r => r.ReturnReason).HasMaxLength(ReportLimits.Reason);
        report.Property(r => r.WithdrawnBy).HasMaxLength(ReportLimits.Actor);
        report.Property(r => r.WithdrawalReason).HasMaxLength(ReportLimits.Reason);
        report.Property(r => r.UpdatedBy).HasMaxLength(ReportLimits.Actor).IsRequired();
        report.Property(r => r.Version).IsConcurrencyToken();
        report.HasIndex(r => r.State);
        report.Ignore(r => r.WasEverPublished);
        report.HasMany(r => r.Part1).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        report.HasMany(r => r.Part2).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        report.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);

        var part1 = builder.Entity<Part1Section>();
        part1.ToTable("Part1Sections");
        part1.HasKey(s => s.Id);
        part1.Property(s => s.Id).ValueGeneratedNever();
        part1.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        part1.Property(s => s.Heading).HasMaxLength(ReportLimits.Heading).IsRequired();
        part1.Property(s => s.Body).IsRequired();
        part1.Property(s => s.Classification).HasConversion<string>().HasMaxLength(24);
        // Not unique: replacing a part renumbers its sections in one save, which a unique index would trip over midway.
        part1.HasIndex(s => new { s.ReportId, s.Position });

        var part2 = builder.Entity<Part2Section>();
        part2.ToTable("Part2Sections");
        part2.HasKey(s => s.Id);
        part2.Property(s => s.Id).ValueGeneratedNever();
        part2.Property(s => s.Heading).HasMaxLength(ReportLimits.Heading).IsRequired();
        part2.Property(s => s.Body).IsRequired();
        part2.Property(s => s.Classification).HasConversion<string>().HasMaxLength(24);
        part2.Property(s => s.ExemptionBasis).HasMaxLength(ReportLimits.ExemptionBasis).IsRequired();
        part2.Property(s => s.ReleaseCondition).HasConversion<string>().HasMaxLength(24);
        part2.Property(s => s.ContractName).HasMaxLength(ReportLimits.ContractName);
        part2.Property(s => s.ReleaseReviewedBy).HasMaxLength(ReportLimits.Actor);
        part2.HasIndex(s => new { s.ReportId, s.Position });
        part2.HasIndex(s => s.ReleaseOn);

        var attachment = builder.Entity<ReportAttachment>();
        attachment.ToTable("ReportAttachments");
        attachment.HasKey(a => a.Id);
        attachment.Property(a => a.Id).ValueGeneratedNever();
        attachment.Property(a => a.Title).HasMaxLength(ReportLimits.Title).IsRequired();
        attachment.Property(a => a.FileName).HasMaxLength(ReportLimits.FileName).IsRequired();
        attachment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(8);
        attachment.Property(a => a.ContentType).HasMaxLength(ReportLimits.ContentType).IsRequired();
        attachment.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        attachment.Property(a => a.Classification).HasConversion<string>().HasMaxLength(24);
        attachment.Property(a => a.UploadedBy).HasMaxLength(ReportLimits.Actor).IsRequired();

        var content = builder.Entity<AttachmentContent>();
        content.ToTable("AttachmentContents");
        content.HasKey(c => c.AttachmentId);
        content.HasOne<ReportAttachment>().WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);

        var version = builder.Entity<PublishedVersion>();
        version.ToTable("PublishedVersions");
        version.HasKey(v => v.Id);
        version.Property(v => v.ChangeNote).HasMaxLength(ReportLimits.ChangeNote).IsRequired();
        version.Property(v => v.PublishedBy).HasMaxLength(ReportLimits.Actor).IsRequired();
        version.Property(v => v.PublicJson).IsRequired();
        version.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        version.HasIndex(v => v.PublishedAt);

        var sensitive = builder.Entity<SensitivePartVersion>();
        sensitive.ToTable("SensitivePartVersions");
        sensitive.HasKey(v => v.Id);
        sensitive.Property(v => v.SensitiveJson).IsRequired();
        sensitive.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();

        var entry = builder.Entity<PublicReportEntry>();
        entry.ToTable("PublicReports");
        entry.HasKey(e => e.ReportId);
        entry.Property(e => e.Reference).HasMaxLength(ReportLimits.Reference).IsRequired();
        entry.HasIndex(e => e.Reference).IsUnique();
        entry.Property(e => e.Title).HasMaxLength(ReportLimits.Title).IsRequired();
        entry.Property(e => e.Summary).HasMaxLength(ReportLimits.Summary).IsRequired();
        entry.Property(e => e.DecisionMaker).HasMaxLength(ReportLimits.DecisionMaker).IsRequired();
        entry.Property(e => e.Tags).IsRequired();
        entry.Property(e => e.WithdrawalReason).HasMaxLength(ReportLimits.Reason);
        entry.Property(e => e.SearchText).IsRequired();
        entry.HasIndex(e => e.DecisionDate);
        entry.HasIndex(e => e.DecisionYear);
        entry.HasIndex(e => e.DecisionMaker);
        entry.HasIndex(e => e.UpdatedUnixMs);
    }
}
