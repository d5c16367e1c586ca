using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Portal.Publications.Reports;

namespace Portal.Publications.Public.Services;

/// <summary>
/// Output caching of the public reading pages, for anonymous GETs only, varied by the whole query string and by
/// the tenant's newest publication or withdrawal. A publish or withdrawal changes that stamp, so the very next
/// request misses the cache and renders afresh: no stale report, and nothing to evict from the authoring code.
/// Only what anonymous people may read is ever stored (the pages hold nothing else); a signed-in visitor, a request
/// with credentials, an answer that sets a cookie or is not a 200 is never stored.
/// </summary>
public sealed class PublicPagesCachePolicy : IOutputCachePolicy
{
    public const string Name = "Publications.PublicPages";

    /// <summary>Long, since the stamp does the invalidating; the entry only ages out to free memory.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        if (cacheable)
        {
            var newest = await http.RequestServices.GetRequiredService<IPublishedReports>().GetFeedAsync(1, cancellation);
            context.CacheVaryByRules.VaryByValues["publications-stamp"] = newest.Count == 0
                ? "none"
                : $"{newest[0].Reference}/{newest[0].Version}/{newest[0].IsWithdrawn}/{newest[0].UpdatedAt.UtcTicks}";
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
