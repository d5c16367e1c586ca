namespace Portal.Features.Models;

/// <summary><c>POST /api/tenants/{name}/features</c>: feature ids to enable and to disable, in one change.</summary>
public sealed record UpdateFeaturesRequest
{
    public IReadOnlyList<string>? Enable { get; init; }
    public IReadOnlyList<string>? Disable { get; init; }
}
