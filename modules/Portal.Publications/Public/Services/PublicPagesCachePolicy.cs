using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Public.Services;

/// <summary>
/// Output caching of the public reading pages, for anonymous GETs only, varied by the whole query string and by
/// the tenant's newest publication or withdrawal (<see cref="PublicationStamp"/>). A publish or withdrawal on this node
/// changes that stamp, so the very next request misses the cache and renders afresh; one on another node within the
/// stamp's lifetime (1 s). Nothing to evict from the authoring code.
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
            context.CacheVaryByRules.VaryByValues["publications-stamp"] =
                await http.RequestServices.GetRequiredService<PublicationStamp>().CurrentAsync(cancellation);
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
