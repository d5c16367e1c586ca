namespace Portal.Tenants.Models;

/// <summary>The body of <c>DELETE /api/tenants/{name}</c>: the tenant's name again, to confirm.</summary>
public sealed record RemoveTenantRequest
{
    public static readonly RemoveTenantRequest Empty = new();

    /// <summary>Must equal the tenant's name exactly.</summary>
    public string? Confirm { get; init; }
}
