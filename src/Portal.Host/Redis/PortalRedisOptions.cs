namespace Portal.Host.Redis;

/// <summary>The "Portal:Redis" configuration section. Without <see cref="Configuration"/> everything stays in-process.</summary>
public sealed class PortalRedisOptions
{
    public const string Section = "Portal:Redis";

    /// <summary>StackExchange.Redis configuration string ("host:port,password=..."); empty = in-process only.</summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// First segment of every key and channel, so that several portals (or test runs) can share one Redis
    /// without reading each other's cache, counters or shell signals.
    /// </summary>
    public string InstanceName { get; set; } = "portal";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
