using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Portal.Abstractions.Web;

/// <summary>
/// How big a request body an API accepts, and what its 413 problem+json says above that: "<see cref="What"/> may be
/// at most 1 MB.". <see cref="ReadAsync{T}"/> refuses by the Content-Length before anything is read when the request
/// declares one, else by counting while the body is read (a chunked body): an oversized body is never buffered whole
/// or read past the limit (one already malformed before the limit is refused for that, 400, first).
/// <see cref="LimitedJsonBody"/> is the JSON reader built on it.
/// </summary>
/// <param name="MaxBytes">The largest body accepted.</param>
/// <param name="What">What the request is, as the start of the refusal's sentence ("A report request").</param>
public sealed record BodySizeLimit(long MaxBytes, string What)
{
    /// <summary>The 413 problem details for a body over the limit.</summary>
    public IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.", detail: $"{What} may be at most {Size(MaxBytes)}.");

    /// <summary>
    /// Runs <paramref name="read"/> (which reads <c>request.Body</c>) within the limit; the 413 instead when the body
    /// is, or turns out to be, larger. For bodies that need their own parser; JSON bodies use <see cref="LimitedJsonBody"/>.
    /// </summary>
    public async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, Func<HttpRequest, Task<(T? Value, IResult? Problem)>> read)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        // Kestrel then stops the body itself; it throws a 413 BadHttpRequestException, answered below.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = MaxBytes;
        }

        // A declared length is enforced by the server (no more than it is read); only an unsized body needs counting.
        if (request.ContentLength is null)
        {
            request.Body = new LengthLimitedStream(request.Body, MaxBytes);
        }

        try
        {
            return await read(request);
        }
        catch (Exception ex) when (ex is BodyTooLargeException
                                   || (ex is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            return (null, TooLarge());
        }
    }

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
        : bytes % 1024 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
