using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Portal.CallRouting.Tests.Support;

/// <summary>Calls <c>/api/routing/agreements</c> of one force and hands back status and JSON body.</summary>
public sealed class AgreementsClient(HttpClient http) : IDisposable
{
    public static DateTimeOffset NextYear => DateTimeOffset.UtcNow.AddYears(1);

    public static object Proposal(string partner, string queueCode = "Q999", int maxConcurrentCalls = 5, DateTimeOffset? expiresAt = null, object? hours = null) =>
        new { partner, queueCode, maxConcurrentCalls, hours, expiresAt = expiresAt ?? NextYear };

    /// <summary>The media type of the last response (problem+json for refusals).</summary>
    public string? LastContentType { get; private set; }

    public Task<(HttpStatusCode Status, JsonElement Body)> ProposeAsync(object body) => SendAsync(HttpMethod.Post, "api/routing/agreements", body);

    public Task<(HttpStatusCode Status, JsonElement Body)> ProposeRawAsync(string json) =>
        SendAsync(HttpMethod.Post, "api/routing/agreements", content: new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string id) => SendAsync(HttpMethod.Get, $"api/routing/agreements/{id}");

    public Task<(HttpStatusCode Status, JsonElement Body)> ListAsync() => SendAsync(HttpMethod.Get, "api/routing/agreements");

    public Task<(HttpStatusCode Status, JsonElement Body)> ActAsync(string id, string action, string? reason = null) =>
        SendAsync(HttpMethod.Post, $"api/routing/agreements/{id}/{action}", reason is null ? null : new { reason });

    /// <summary>The state of agreement <paramref name="id"/> in this force's copy, or null while it has none.</summary>
    public async Task<string?> StateAsync(string id)
    {
        var (status, body) = await GetAsync(id);
        return status == HttpStatusCode.OK ? body.GetProperty("state").GetString() : null;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content ?? (body is null ? null : JsonContent.Create(body)) };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        LastContentType = response.Content.Headers.ContentType?.MediaType;
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public void Dispose() => http.Dispose();
}
