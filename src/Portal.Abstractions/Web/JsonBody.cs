using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Abstractions.Web;

/// <summary>
/// Reads a JSON request body the way the API promises. Only <c>application/json</c> is accepted (415 otherwise):
/// a browser cannot send that content type cross-site without a preflight, which, with SameSite=Lax cookies, is
/// what keeps cookie-authenticated POSTs from being forged. A body that does not match the request type (an
/// unknown field, a wrong type) is answered 400 problem+json naming the field, never 500 or a silent drop.
/// </summary>
public static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer instead.</summary>
    /// <param name="emptyAs">What an empty body means; null when a body is required.</param>
    public static Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, T? emptyAs = null)
        where T : class =>
        RequireJson(request) is { } unsupported ? Task.FromResult<(T?, IResult?)>((null, unsupported)) : ReadJsonAsync(request, emptyAs);

    /// <summary><see cref="ReadAsync{T}"/> for a request whose content type was already found to be JSON.</summary>
    internal static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, T? emptyAs)
        where T : class
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            T? value;
            if (emptyAs is not null)
            {
                // The body may be absent (a POST that only names its target), so it is read whole first.
                using var reader = new StreamReader(request.Body, leaveOpen: true);
                var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
                value = string.IsNullOrWhiteSpace(text) ? emptyAs : JsonSerializer.Deserialize<T>(text, options);
            }
            else if (request.ContentLength is > 0 and <= WholeBodyLimit)
            {
                value = await DeserializeWholeAsync<T>(request, (int)request.ContentLength.Value, options);
            }
            else
            {
                value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted);
            }

            return value is null
                ? (null, Results.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Send a JSON object."] }))
                : (value, null);
        }
        catch (JsonException ex)
        {
            // System.Text.Json has no exception type for an unmapped member; its (invariant, English) message says so.
            var field = FieldOf(ex.Path);
            var message = ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? $"'{field}' is not a field of this request."
                : field.Length == 0
                    ? "The body is not valid JSON."
                    : $"'{field}' has the wrong type or format.";
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
                title: "The request body could not be read."));
        }
    }

    /// <summary>
    /// A body of a declared length up to this is read whole and then parsed in one go: most API bodies are a few hundred
    /// bytes that arrived with the headers, and the streaming parser's buffers and awaits cost more than the parse.
    /// </summary>
    private const int WholeBodyLimit = 64 * 1024;

    private static async Task<T?> DeserializeWholeAsync<T>(HttpRequest request, int length, JsonSerializerOptions options)
    {
        var body = request.BodyReader;
        var read = await body.ReadAtLeastAsync(length, request.HttpContext.RequestAborted);
        try
        {
            var bytes = read.Buffer;
            if (bytes.IsSingleSegment)
            {
                return JsonSerializer.Deserialize<T>(bytes.FirstSpan, options);
            }

            var copy = ArrayPool<byte>.Shared.Rent((int)bytes.Length);
            try
            {
                bytes.CopyTo(copy);
                return JsonSerializer.Deserialize<T>(copy.AsSpan(0, (int)bytes.Length), options);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(copy);
            }
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
    }

    /// <summary>415 problem details unless the request says it carries JSON.</summary>
    public static IResult? RequireJson(HttpRequest request) =>
        IsPlainJson(request.ContentType) || request.HasJsonContentType()
            ? null
            : Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the request with Content-Type: application/json.");

    // The two forms nearly every client sends, recognised without parsing the media type (a hot API pays for each parse).
    private static bool IsPlainJson(string? contentType) =>
        string.Equals(contentType, "application/json", StringComparison.OrdinalIgnoreCase)
        || string.Equals(contentType, "application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase);

    // "$.hosts[0]" -> "hosts"; "$['odd name']" -> "odd name"; "$" -> "".
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        var rest = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        if (rest.StartsWith("['", StringComparison.Ordinal))
        {
            var end = rest.IndexOf("']", StringComparison.Ordinal);
            return end > 2 ? rest[2..end] : rest;
        }

        var stop = rest.IndexOfAny(['.', '[']);
        return stop < 0 ? rest : rest[..stop];
    }
}
