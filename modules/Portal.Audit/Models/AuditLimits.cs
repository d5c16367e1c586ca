namespace Portal.Audit.Models;

/// <summary>The longest value each field keeps; longer values are cut (with "…") before the entry is hashed.</summary>
public static class AuditLimits
{
    public const int Category = 64;
    public const int Action = 128;
    public const int Actor = 256;
    public const int RemoteAddress = 64;
    public const int Subject = 512;
    public const int Detail = 2000;
}
