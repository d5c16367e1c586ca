using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Agreements.Models;

namespace Portal.CallRouting.Agreements.Data;

/// <summary>This force's copies of its overflow agreements, and the calls partners overflowed to it. Code injects this type.</summary>
public abstract class OverflowAgreementsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "CallRouting.Agreements";

    public DbSet<OverflowAgreement> Agreements => Set<OverflowAgreement>();

    public DbSet<PartnerOverflowCall> PartnerOverflowCalls => Set<PartnerOverflowCall>();

    public DbSet<SentOverflowCall> SentOverflowCalls => Set<SentOverflowCall>();

    public DbSet<PartnerContingencyNotice> PartnerContingencyNotices => Set<PartnerContingencyNotice>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var agreement = builder.Entity<OverflowAgreement>();
        agreement.ToTable("OverflowAgreements");
        agreement.HasKey(a => a.Id);
        agreement.Property(a => a.Id).HasMaxLength(AgreementLimits.Id);
        agreement.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        agreement.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        agreement.Property(a => a.PartnerTenant).HasMaxLength(AgreementLimits.Tenant).IsRequired();
        agreement.Property(a => a.QueueCode).HasMaxLength(AgreementLimits.QueueCode).IsRequired();
        agreement.Property(a => a.HoursJson).IsRequired();
        agreement.Property(a => a.ProposedBy).HasMaxLength(AgreementLimits.Actor).IsRequired();
        agreement.Property(a => a.DecidedBy).HasMaxLength(AgreementLimits.Actor);
        agreement.Property(a => a.RevokedBy).HasMaxLength(AgreementLimits.Actor);
        agreement.Property(a => a.RevokedByTenant).HasMaxLength(AgreementLimits.Tenant);
        agreement.Property(a => a.DeclineReason).HasMaxLength(AgreementLimits.Reason);
        agreement.Property(a => a.RevocationReason).HasMaxLength(AgreementLimits.Reason);
        agreement.Property(a => a.Version).IsConcurrencyToken();
        agreement.HasIndex(a => a.PartnerTenant);

        var call = builder.Entity<PartnerOverflowCall>();
        call.ToTable("PartnerOverflowCalls");
        call.HasKey(c => c.Id);
        call.Property(c => c.AgreementId).HasMaxLength(AgreementLimits.Id).IsRequired();
        call.Property(c => c.PartnerTenant).HasMaxLength(AgreementLimits.Tenant).IsRequired();
        call.Property(c => c.CallId).HasMaxLength(AgreementLimits.CallId).IsRequired();
        call.Property(c => c.QueueCode).HasMaxLength(AgreementLimits.QueueCode).IsRequired();
        call.HasIndex(c => new { c.PartnerTenant, c.CallId }).IsUnique();
        call.Property(c => c.Outcome).HasMaxLength(OverflowCallOutcome.MaxLength);
        call.HasIndex(c => c.OverflowedUnixMs);
        call.HasIndex(c => c.CallId);

        var sent = builder.Entity<SentOverflowCall>();
        sent.ToTable("SentOverflowCalls");
        sent.HasKey(c => c.Id);
        sent.Property(c => c.AgreementId).HasMaxLength(AgreementLimits.Id).IsRequired();
        sent.Property(c => c.PartnerTenant).HasMaxLength(AgreementLimits.Tenant).IsRequired();
        sent.Property(c => c.CallId).HasMaxLength(AgreementLimits.CallId).IsRequired();
        sent.Property(c => c.QueueCode).HasMaxLength(AgreementLimits.QueueCode).IsRequired();
        sent.Property(c => c.Outcome).HasMaxLength(OverflowCallOutcome.MaxLength);
        sent.HasIndex(c => new { c.AgreementId, c.CallId }).IsUnique();
        sent.HasIndex(c => new { c.SettledUnixMs, c.OverflowedUnixMs });

        var notice = builder.Entity<PartnerContingencyNotice>();
        notice.ToTable("PartnerContingencyNotices");
        notice.HasKey(n => new { n.PartnerTenant, n.ActivationId });
        notice.Property(n => n.PartnerTenant).HasMaxLength(AgreementLimits.Tenant);
        notice.Property(n => n.PlanCode).HasMaxLength(AgreementLimits.QueueCode).IsRequired();
        notice.Property(n => n.PlanName).HasMaxLength(AgreementLimits.Actor).IsRequired();
        notice.Property(n => n.Queues).HasMaxLength(AgreementLimits.Reason * 4).IsRequired();
        notice.Property(n => n.Reason).HasMaxLength(AgreementLimits.Reason).IsRequired();
        notice.Property(n => n.ActivatedBy).HasMaxLength(AgreementLimits.Actor).IsRequired();
        notice.Property(n => n.RevertedBy).HasMaxLength(AgreementLimits.Actor);
        notice.Property(n => n.RevertReason).HasMaxLength(AgreementLimits.Reason);
        notice.HasIndex(n => n.ActivatedUnixMs);
    }
}
