namespace Portal.Tenants.Models;

/// <summary>The (empty) body of <c>POST /api/tenants/{name}/disable</c> and <c>/enable</c>; "{}" or nothing.</summary>
public sealed record TenantStateRequest
{
    public static readonly TenantStateRequest Empty = new();
}
