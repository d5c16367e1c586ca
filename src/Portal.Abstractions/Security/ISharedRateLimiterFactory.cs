using System.Threading.RateLimiting;

namespace Portal.Abstractions.Security;

/// <summary>
/// Rate limiters whose counts every node of the portal shares (in Redis when <c>Portal:Redis:Configuration</c> is
/// set), so a client cannot multiply its allowance by the number of nodes. While Redis is away each node counts
/// on its own. Each tenant has its own factory: counts never cross tenants.
/// </summary>
/// <example>
/// <code>options.AddPolicy("x", http => RateLimitPartition.Get("address:" + ip, key => limiters.CreateFixedWindow(key, 20, TimeSpan.FromMinutes(1))));</code>
/// </example>
public interface ISharedRateLimiterFactory
{
    /// <summary>
    /// A fixed-window limiter for one partition: at most <paramref name="permitLimit"/> permits per
    /// <paramref name="window"/> across all nodes, windows aligned on the clock, no queue. Refusals carry
    /// <c>MetadataName.RetryAfter</c> (the end of the window).
    /// </summary>
    /// <param name="partitionKey">Identifies the partition (stored hashed: it may hold an e-mail address).</param>
    RateLimiter CreateFixedWindow(string partitionKey, int permitLimit, TimeSpan window);
}
