using Microsoft.AspNetCore.Http;

namespace Portal.Abstractions.Web;

/// <summary>
/// <see cref="JsonBody"/> within a <see cref="BodySizeLimit"/>: 413 problem+json for a body over the limit, 415 for one
/// that is not JSON, 400 naming the field for one that does not match <typeparamref name="T"/>. The one reader for
/// API bodies that have a size limit; each module names its limit and the words of its refusal.
/// </summary>
public static class LimitedJsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer instead.</summary>
    /// <param name="emptyAs">
    /// What an empty body means; null when a body is required. A request that may be empty (a workflow step that only
    /// names its target) may then come without a Content-Type as well.
    /// </param>
    public static Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, BodySizeLimit limit, T? emptyAs = null)
        where T : class
    {
        if (JsonBody.RequireJson(request) is not { } unsupported)
        {
            return limit.ReadAsync(request, body => JsonBody.ReadJsonAsync(body, emptyAs));
        }

        var mayBeEmpty = emptyAs is not null && request.ContentLength is null or 0 && request.Headers.ContentType.Count == 0;
        return mayBeEmpty
            ? limit.ReadAsync(request, async body => await IsEmptyAsync(body) ? (emptyAs, null) : ((T?)null, unsupported))
            : Task.FromResult<(T?, IResult?)>((null, unsupported));
    }

    private static async Task<bool> IsEmptyAsync(HttpRequest request)
    {
        var probe = new byte[1];
        return await request.Body.ReadAsync(probe, request.HttpContext.RequestAborted) == 0;
    }
}
