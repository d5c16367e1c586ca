using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Portal.CallRouting.Tests.Support.Live;

/// <summary>Calls of the live-state API the tests share.</summary>
public static class LiveApi
{
    public const string Events = LiveStatePortalFactory.Tenant + "/api/routing/events";
    public const string State = LiveStatePortalFactory.Tenant + "/api/routing/state";
    public const string Stream = LiveStatePortalFactory.Tenant + "/routing/dashboard/stream";
    public const string Simulator = LiveStatePortalFactory.Tenant + "/api/routing/simulator";

    public static string Now(int secondsAgo = 0) => DateTimeOffset.UtcNow.AddSeconds(-secondsAgo).ToString("yyyy-MM-ddTHH:mm:ss.fffZ");

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> StateAsync(HttpClient client)
    {
        var response = await client.GetAsync(State);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonElement Queue(JsonElement state, string code) =>
        state.GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("code").GetString() == code);

    public static JsonElement Centre(JsonElement state, string code) =>
        state.GetProperty("centres").EnumerateArray().Single(q => q.GetProperty("code").GetString() == code);

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IReadOnlyList<string> ErrorFields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
}
