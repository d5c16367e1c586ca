namespace Portal.Features.Services;

/// <summary>
/// What a feature change came to. When refused: <see cref="Field"/> ("enable" or "disable", or null) and
/// <see cref="FeatureId"/> say what was refused, <see cref="Message"/> says why, in words for a person.
/// </summary>
public sealed record FeatureChangeResult(
    FeatureChangeOutcome Outcome,
    string? Message = null,
    string? Field = null,
    string? FeatureId = null,
    IReadOnlyList<string>? Enabled = null,
    string? VersionId = null)
{
    public static FeatureChangeResult NotFound(string tenant) => new(FeatureChangeOutcome.NotFound, $"There is no tenant named '{tenant}'.");
}
