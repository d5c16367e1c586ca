using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Abstractions.Web;

/// <summary>
/// A 200 answer of <typeparamref name="T"/> as JSON (the application's JSON options, as <c>Results.Ok</c> uses) sent
/// with its <c>Content-Length</c> in one write. <c>Results.Ok</c> streams the body in chunks instead, which for an
/// answer of several kilobytes on a hot API means more writes to the socket, the chunk framing, and more work for
/// the client reading it. Serialises into a buffer kept per thread, so a hot API allocates no buffer per answer.
/// </summary>
public sealed class SizedJsonResult<T>(T value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>A buffer that grew past this (an unusually large answer) is not kept for the thread's next answer.</summary>
    private const int KeptBufferLimit = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public T Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => JsonContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = JsonContentType;

        // The buffer is this thread's only until the bytes are copied into the response, before anything is awaited.
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        t_buffer = null;
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, SkipValidation = true }))
            {
                JsonSerializer.Serialize(writer, Value, options.GetTypeInfo(typeof(T)));
            }

            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity <= KeptBufferLimit)
            {
                buffer.ResetWrittenCount();
                t_buffer = buffer;
            }
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
