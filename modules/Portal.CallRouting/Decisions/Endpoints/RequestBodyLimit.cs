using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Portal.CallRouting.Decisions.Endpoints;

/// <summary>
/// The 1 MB limit on routing API bodies: a declared length over it is answered 413 at once; a body without a declared
/// length is cut at the limit by the server (Kestrel answers 413 when it is passed).
/// </summary>
public static class RequestBodyLimit
{
    public const long Bytes = 1024 * 1024;

    public static IResult? Check(HttpRequest request)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = Bytes;
        }

        return request.ContentLength > Bytes
            ? Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
                detail: $"Send at most {Bytes} bytes.")
            : null;
    }
}
