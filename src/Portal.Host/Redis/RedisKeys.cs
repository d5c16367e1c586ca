using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace Portal.Host.Redis;

/// <summary>
/// Every key and channel the portal uses, in one place: "{instance}:{tenant}:{area}:...". Tenant names are
/// validated identifiers, so they cannot break out of their segment.
/// </summary>
public sealed class RedisKeys(string instanceName)
{
    public RedisChannel ShellReleaseChannel { get; } = RedisChannel.Literal(instanceName + ":shells:release");

    public string CachePrefix(string tenant) => $"{instanceName}:{tenant}:cache:";

    /// <summary>The keys a module keeps in one area of its own (for example the live routing state).</summary>
    public string AreaPrefix(string tenant, string area) => $"{instanceName}:{tenant}:{area}:";

    /// <summary>
    /// The counter of one rate-limit partition in one window. The partition key can hold an e-mail address or a
    /// session; only its hash is stored, so Redis holds no personal data.
    /// </summary>
    public RedisKey RateLimitCounter(string tenant, string partitionKey, long window) =>
        $"{instanceName}:{tenant}:ratelimit:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(partitionKey)))}:{window}";
}
