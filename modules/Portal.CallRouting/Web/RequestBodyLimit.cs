using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Portal.CallRouting.Web;

/// <summary>
/// The routing APIs' body limit: refuses bodies over <see cref="MaxBodyBytes"/> with 413 problem details before anything is
/// read: by the declared length when there is one, otherwise by counting while the body is read.
/// </summary>
public sealed class RequestBodyLimit : IEndpointFilter
{
    /// <summary>Every routing API refuses bodies over 1 MB.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        if (request.ContentLength is null)
        {
            request.Body = new LengthLimitedStream(request.Body, MaxBodyBytes);
        }

        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is BodyTooLargeException || (ex is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            return TooLarge();
        }
    }

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
        detail: $"Send at most {MaxBodyBytes / 1024} KB.");
}
