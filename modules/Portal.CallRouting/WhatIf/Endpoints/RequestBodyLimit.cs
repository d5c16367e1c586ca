using Microsoft.AspNetCore.Http;

namespace Portal.CallRouting.WhatIf.Endpoints;

/// <summary>
/// Refuses bodies over a limit with 413 problem+json before anything is parsed: by the declared length at once, and by
/// counting when the length is not declared (chunked), so a client cannot make the server buffer more than the limit.
/// </summary>
internal static class RequestBodyLimit
{
    public static async Task<IResult?> BufferAsync(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        request.Body = buffer;
        request.HttpContext.Response.RegisterForDispose(buffer);
        return null;
    }

    private static IResult TooLarge(long maxBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
            detail: $"Send at most {maxBytes / 1024:N0} KB.");
}
