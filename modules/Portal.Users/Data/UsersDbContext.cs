using Portal.Abstractions.Security;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Users.Models;

namespace Portal.Users.Data;

/// <summary>
/// Identity's tables in the tenant's store. Provider subclasses carry their own migrations; code injects this type.
/// </summary>
public abstract class UsersDbContext(DbContextOptions options) : IdentityDbContext<PortalUser, PortalRole, string>(options)
{
    public const string Module = "Users";

    public DbSet<UserSession> Sessions => Set<UserSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        var user = builder.Entity<PortalUser>();
        user.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        // By name, so a reader of the table (and the OpenID issue's claims) sees "SC", not 3.
        user.Property(u => u.VettingLevel).HasConversion<string>().HasMaxLength(8).IsRequired();

        builder.Entity<PortalRole>().Property(r => r.Description).HasMaxLength(500).IsRequired();

        var session = builder.Entity<UserSession>();
        session.ToTable("PortalUserSessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(64);
        session.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        session.Property(s => s.SecurityStamp).HasMaxLength(256).IsRequired();
        session.Property(s => s.Ticket).IsRequired();
        // Sessions go with their user.
        session.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => s.UserId);
        session.HasIndex(s => s.ExpiresAt);
    }
}
