using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Portal.OpenId.Tests.Support;

/// <summary>Calls <c>/api/scopes</c> (and the clients API) of one tenant with that tenant's automation client.</summary>
public sealed class ScopesApiClient(OpenIdPortalFactory factory, string pathBase = "", string adminClient = "platform-automation")
{
    public sealed record Answer(HttpStatusCode Status, JsonElement Body, string? MediaType)
    {
        public IReadOnlyList<string> ErrorFields =>
            Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors)
                ? errors.EnumerateObject().Select(p => p.Name).ToList()
                : [];
    }

    public async Task<Answer> SendAsync(HttpMethod method, string path, object? body = null, string? rawJson = null)
    {
        var token = await factory.ClientCredentialsTokenAsync(pathBase, adminClient, pathBase == "" ? "platform.read" : "routing.read");
        using var api = factory.BearerClient(token);
        using var request = new HttpRequestMessage(method, pathBase + path);
        if (rawJson is not null)
        {
            request.Content = new StringContent(rawJson, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(),
            response.Content.Headers.ContentType?.MediaType);
    }

    public Task<Answer> GetAsync(string name) => SendAsync(HttpMethod.Get, "/api/scopes/" + Uri.EscapeDataString(name));

    public Task<Answer> CreateAsync(object input) => SendAsync(HttpMethod.Post, "/api/scopes", input);

    /// <summary>The names of the scopes the API lists, in its order.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync()
    {
        var answer = await SendAsync(HttpMethod.Get, "/api/scopes");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
    }

    /// <summary>Adds a scope that must be accepted.</summary>
    public async Task CreateOkAsync(string name, string displayName = "A scope for tests")
    {
        var answer = await CreateAsync(new { name, displayName });
        Assert.True(answer.Status == HttpStatusCode.Created, $"creating scope {name} answered {(int)answer.Status}: {answer.Body}");
    }

    /// <summary>Registers a confidential client-credentials client permitted <paramref name="scopes"/>; returns its secret.</summary>
    public async Task<string> CreateClientAsync(string clientId, params string[] scopes)
    {
        var answer = await SendAsync(HttpMethod.Post, "/api/clients", new
        {
            clientId, displayName = "Client " + clientId, type = "confidential", grants = new[] { "client_credentials" }, scopes,
        });
        Assert.True(answer.Status == HttpStatusCode.Created, $"creating client {clientId} answered {(int)answer.Status}: {answer.Body}");
        return answer.Body.GetProperty("secret").GetString()!;
    }

    /// <summary>The audit entries of <paramref name="category"/> whose text mentions <paramref name="q"/>.</summary>
    public async Task<IReadOnlyList<JsonElement>> AuditAsync(string category, string q)
    {
        var answer = await SendAsync(HttpMethod.Get, $"/api/audit?category={category}&q={Uri.EscapeDataString(q)}");
        Assert.True(answer.Status == HttpStatusCode.OK, $"audit search answered {(int)answer.Status}: {answer.Body}");
        return answer.Body.GetProperty("entries").EnumerateArray().ToList();
    }
}
