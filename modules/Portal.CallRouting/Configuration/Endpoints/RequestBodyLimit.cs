using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Portal.CallRouting.Configuration.Services;

namespace Portal.CallRouting.Configuration.Endpoints;

/// <summary>
/// Refuses bodies over <see cref="ConfigurationLimits.MaxBodyBytes"/> with 413 problem details before anything is
/// read: by the declared length when there is one, otherwise by counting while the body is read.
/// </summary>
public sealed class RequestBodyLimit : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength > ConfigurationLimits.MaxBodyBytes)
        {
            return TooLarge();
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ConfigurationLimits.MaxBodyBytes;
        }

        if (request.ContentLength is null)
        {
            request.Body = new LengthLimitedStream(request.Body, ConfigurationLimits.MaxBodyBytes);
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
        detail: $"Send at most {ConfigurationLimits.MaxBodyBytes / 1024} KB.");
}
