using System.Text.Json;

namespace Portal.Integration.Tests.Messaging;

/// <summary>Reads /health/ready, which answers 503 (with the same body) while any check is unhealthy.</summary>
public static class Readiness
{
    public static async Task<bool> BusIsHealthyAsync(HttpClient client) => await BusStatusAsync(client) == "Healthy";

    /// <summary>Degraded (MassTransit's word for endpoints that lost their connection) or Unhealthy.</summary>
    public static async Task<bool> BusIsNotHealthyAsync(HttpClient client) => await BusStatusAsync(client) is "Degraded" or "Unhealthy";

    private static async Task<string?> BusStatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").EnumerateArray().Where(c => c.GetProperty("name").GetString() == "bus")
            .Select(c => c.GetProperty("status").GetString()).FirstOrDefault();
    }
}
