namespace Portal.Features.Services;

public enum FeatureChangeOutcome
{
    Changed,
    /// <summary>No such tenant.</summary>
    NotFound,
    /// <summary>The request names an unknown or unavailable feature, or asks for nothing: 400.</summary>
    Invalid,
    /// <summary>Refused given the tenant's state: always-enabled feature, stale version, platform's own administration: 409.</summary>
    Conflict,
}
