using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Portal.Users.Security;

/// <summary>
/// The tenant's global rate limiter: <paramref name="credentialLimits"/> for the credential endpoints (those with the
/// <c>portal-auth</c> or <c>portal-token</c> policy), and for every other request a limiter that never refuses. A
/// partitioned limiter takes a lock to find each request's partition, even one without a limit; an API answering
/// thousands of calls a second, none of them a credential check, should not queue on that lock.
/// </summary>
internal sealed class CredentialEndpointsLimiter(PartitionedRateLimiter<HttpContext> credentialLimits, Func<HttpContext, bool> isCredentialEndpoint)
    : PartitionedRateLimiter<HttpContext>
{
    private static readonly RateLimiter Unlimited = RateLimitPartition.GetNoLimiter(0).Factory(0);

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        isCredentialEndpoint(resource) ? credentialLimits.GetStatistics(resource) : Unlimited.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        isCredentialEndpoint(resource) ? credentialLimits.AttemptAcquire(resource, permitCount) : Unlimited.AttemptAcquire(permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        isCredentialEndpoint(resource)
            ? credentialLimits.AcquireAsync(resource, permitCount, cancellationToken)
            : Unlimited.AcquireAsync(permitCount, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            credentialLimits.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore() => credentialLimits.DisposeAsync();
}
