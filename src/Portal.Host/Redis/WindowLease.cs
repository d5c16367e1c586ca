using System.Threading.RateLimiting;

namespace Portal.Host.Redis;

/// <summary>The answer of a shared fixed window: acquired or not, and when a refused caller may try again.</summary>
internal sealed class WindowLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
{
    public static readonly WindowLease Acquired = new(true, null);

    public override bool IsAcquired { get; } = isAcquired;

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }
}
