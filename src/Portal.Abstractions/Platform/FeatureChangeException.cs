namespace Portal.Abstractions.Platform;

/// <summary>A feature change that is refused; <see cref="StatusCode"/> is 400 (bad request) or 409 (conflict).</summary>
public sealed class FeatureChangeException(int statusCode, string featureId, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string FeatureId { get; } = featureId;
}
