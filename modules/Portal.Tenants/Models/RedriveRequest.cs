namespace Portal.Tenants.Models;

/// <summary>The (empty) body of <c>POST /api/health/errors/{id}/redrive</c>; "{}" or nothing.</summary>
public sealed record RedriveRequest
{
    public static readonly RedriveRequest Empty = new();
}
