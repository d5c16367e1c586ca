using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Data.Postgres;

/// <summary>One Data Protection key (its XML, itself encrypted where configured) in a database-backed key ring.</summary>
public sealed class DataProtectionKeyRow
{
    public const string Table = "DataProtectionKeys";

    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";

    public static void Map(ModelBuilder modelBuilder)
    {
        var key = modelBuilder.Entity<DataProtectionKeyRow>();
        key.ToTable(Table);
        key.HasKey(k => k.Id);
        key.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}
