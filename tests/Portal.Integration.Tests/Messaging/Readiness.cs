using System.Text.Json;

namespace Portal.Integration.Tests.Messaging;

/// <summary>Reads /health/ready, which answers 503 (with the same body) while any check is unhealthy.</summary>
public static class Readiness
{
    public static async Task<bool> BusIsHealthyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").EnumerateArray()
            .Any(c => c.GetProperty("name").GetString() == "bus" && c.GetProperty("status").GetString() == "Healthy");
    }
}
