using System.Net;
using System.Text.Json;

namespace Portal.Publications.Tests.Support;

/// <summary>An API answer: status, ETag, content type and the JSON body.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string? ETag, string? ContentType, JsonElement Body, string Text)
{
    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonElement body = default;
        if (text.Length > 0 && (text[0] == '{' || text[0] == '['))
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }

        return new ApiAnswer(response.StatusCode, response.Headers.ETag?.ToString(), response.Content.Headers.ContentType?.MediaType, body, text);
    }

    public void Is(HttpStatusCode expected) => Assert.True(Status == expected, $"expected {(int)expected}, got {(int)Status}: {Text}");

    /// <summary>A problem+json answer of <paramref name="expected"/> status naming <paramref name="field"/> among its errors.</summary>
    public void IsProblemFor(HttpStatusCode expected, string field)
    {
        Is(expected);
        Assert.Equal("application/problem+json", ContentType);
        Assert.True(Body.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}': {Text}");
    }
}
