using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Web;

namespace Portal.CallRouting.Plans.Endpoints;

/// <summary>
/// Reads a plan request's JSON body through <see cref="JsonBody"/>, refusing one over <see cref="MaxBytes"/> with 413
/// before anything is parsed: by its Content-Length when it says, else while reading (a chunked body).
/// </summary>
public static class PlanRequestBody
{
    public const int MaxBytes = 1024 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, T? emptyAs = null) where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        if (JsonBody.RequireJson(request) is { } unsupported
            && !(emptyAs is not null && request.ContentLength is null or 0 && request.Headers.ContentType.Count == 0))
        {
            return (null, unsupported);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (null, TooLarge());
            }
        }

        if (buffer.Length == 0 && emptyAs is not null)
        {
            return (emptyAs, null);
        }

        buffer.Position = 0;
        request.Body = buffer;
        return await JsonBody.ReadAsync(request, emptyAs);
    }

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
        detail: $"A routing plan request may be at most {MaxBytes / 1024} KB.");
}
