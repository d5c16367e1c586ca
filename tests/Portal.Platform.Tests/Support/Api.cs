using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Platform.Tests.Support;

/// <summary>JSON requests and answers, read as JSON nodes so the tests check the wire format, not our own types.</summary>
public static class Api
{
    public static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, string json, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, object body, string? ifMatch = null) =>
        PostJsonAsync(client, url, JsonSerializer.Serialize(body, JsonSerializerOptions.Web), ifMatch);

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty JSON body.");
    }

    /// <summary>Asserts a problem+json answer with <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    /// <summary>The field errors of a validation problem: field name to messages.</summary>
    public static Dictionary<string, string[]> Errors(JsonObject problem) =>
        (problem["errors"] as JsonObject ?? [])
            .ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => (string)m!).ToArray());

    public static string ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("No ETag header.");

    public static MediaTypeHeaderValue Json => new("application/json");
}
