namespace Portal.Features.Models;

/// <summary>The tenant's features after a change, and its new version (also sent as the ETag).</summary>
public sealed record UpdateFeaturesResponse(string Tenant, string VersionId, IReadOnlyList<string> Enabled);
