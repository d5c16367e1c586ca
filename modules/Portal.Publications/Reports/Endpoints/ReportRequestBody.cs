using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Web;

namespace Portal.Publications.Reports.Endpoints;

/// <summary>
/// Reads a reports API JSON body through <see cref="JsonBody"/>, refusing one over <see cref="MaxBytes"/> with 413
/// before anything is parsed: by its Content-Length when it says, else while reading (a chunked body). A workflow step
/// may come without any body at all (no Content-Type either): that is <c>emptyAs</c>.
/// </summary>
internal static class ReportRequestBody
{
    /// <summary>A long report in Markdown is well under this; attachments travel separately.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

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
        detail: $"A report request may be at most {MaxBytes / (1024 * 1024)} MB.");
}
