namespace Portal.Features.Models;

/// <summary><c>GET /api/tenants/{name}/features</c>. <see cref="VersionId"/> is also the ETag to send back as If-Match.</summary>
public sealed record TenantFeaturesResponse(
    string Tenant,
    string VersionId,
    IReadOnlyList<string> Enabled,
    IReadOnlyList<TenantFeatureResponse> Features);
