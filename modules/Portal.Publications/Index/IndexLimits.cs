namespace Portal.Publications.Index;

/// <summary>Lengths of the index's own columns (the report fields share <c>ReportLimits</c> with the forces' stores).</summary>
public static class IndexLimits
{
    /// <summary>A tenant name, as the platform allows them.</summary>
    public const int Tenant = 64;
}
