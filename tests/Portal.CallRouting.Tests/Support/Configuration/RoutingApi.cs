using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Portal.CallRouting.Tests.Support.Configuration;

/// <summary>Calls met's <c>/api/routing/...</c> with a client of the caller's choosing and reads the answer whole.</summary>
public static class RoutingApi
{
    public sealed record Answer(HttpStatusCode Status, JsonElement Body, string? MediaType, string? ETag)
    {
        public IReadOnlyList<string> ErrorFields =>
            Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors)
                ? errors.EnumerateObject().Select(p => p.Name).ToList()
                : [];

        public override string ToString() => $"{(int)Status} {MediaType}: {Body}";
    }

    public static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, string? rawJson = null,
        string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, RoutingConfigurationFactory.Tenant + "/api/routing" + path);
        if (rawJson is not null)
        {
            request.Content = new StringContent(rawJson, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(),
            response.Content.Headers.ContentType?.MediaType, response.Headers.ETag?.ToString());
    }

    public static Task<Answer> GetAsync(HttpClient client, string path) => SendAsync(client, HttpMethod.Get, path);

    public static Task<Answer> PostAsync(HttpClient client, string path, object body) => SendAsync(client, HttpMethod.Post, path, body);

    /// <summary>Creates what must be accepted, and returns it.</summary>
    public static async Task<Answer> CreateOkAsync(HttpClient client, string collection, object body)
    {
        var answer = await PostAsync(client, "/" + collection, body);
        Assert.True(answer.Status == HttpStatusCode.Created, $"creating in {collection} answered {answer}");
        return answer;
    }

    public static object Centre(string code, string? schedule = null) =>
        new { code, name = "Centre " + code, staffedPositions = 40, scheduleCode = schedule };

    public static object Queue(string code, params (string Centre, int Preference)[] serving) => new
    {
        code, name = "Queue " + code, service = "999", priority = 1, maxLength = 200, maxWaitSeconds = 600, announcement = (string?)null,
        distribution = "longest-idle", servingCentres = serving.Select(s => new { centreCode = s.Centre, preference = s.Preference }).ToArray(),
    };

    public static object Schedule(string code) => new
    {
        code, name = "Schedule " + code, closedOnBankHolidays = true,
        week = new object[]
        {
            new { day = "Monday", periods = new[] { new { opens = "08:00", closes = "12:00" }, new { opens = "13:00", closes = "20:00" } } },
            new { day = "Saturday", periods = new[] { new { opens = "18:00", closes = "00:00" } } },
        },
        overrides = new[] { new { date = "2026-12-24", periods = new[] { new { opens = "08:00", closes = "14:00" } }, reason = "Christmas Eve" } },
    };

    /// <summary>A code no other test uses.</summary>
    public static string NewCode(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(32, prefix.Length + 9)].ToUpperInvariant();
}
