using System.Net;
using System.Text.Json;
using Portal.CallRouting.Tests.Support;

namespace Portal.CallRouting.Tests.Scheduling;

/// <summary><c>GET /{tenant}/api/routing/bank-holidays</c> through the real portal.</summary>
public sealed class BankHolidaysApiTests(SchedulingPortalFactory portal) : IClassFixture<SchedulingPortalFactory>
{
    [Fact]
    public async Task A_token_with_routing_read_gets_the_years_holidays()
    {
        using var api = await portal.AutomationClientAsync("met", "routing.read");

        var response = await api.GetAsync("/met/api/routing/bank-holidays?year=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2026, body.GetProperty("year").GetInt32());
        Assert.Equal("england-and-wales", body.GetProperty("division").GetString());
        var holidays = body.GetProperty("holidays").EnumerateArray().ToList();
        Assert.Equal(
            ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
            holidays.Select(h => h.GetProperty("date").GetString()));
        Assert.Equal("Boxing Day", holidays[^1].GetProperty("name").GetString());
        Assert.True(holidays[^1].GetProperty("substitute").GetBoolean());
        Assert.False(holidays[0].GetProperty("substitute").GetBoolean());
    }

    [Fact]
    public async Task Without_a_year_it_answers_for_the_current_year()
    {
        using var api = await portal.AutomationClientAsync("met", "routing.read");

        var body = JsonDocument.Parse(await api.GetStringAsync("/met/api/routing/bank-holidays")).RootElement;

        Assert.Equal(DateTime.UtcNow.Year, body.GetProperty("year").GetInt32());
        Assert.True(body.GetProperty("holidays").GetArrayLength() >= 8);
    }

    [Theory]
    [InlineData("year=abc")]
    [InlineData("year=1977")]
    [InlineData("year=10000")]
    [InlineData("year=-2026")]
    [InlineData("year=")]
    [InlineData("year=2026&year=2027")]
    public async Task A_bad_year_is_a_400_naming_the_field(string query)
    {
        using var api = await portal.AutomationClientAsync("met", "routing.read");

        var response = await api.GetAsync("/met/api/routing/bank-holidays?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("year", out var reasons), errors.ToString());
        Assert.NotEmpty(reasons.EnumerateArray());
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401()
    {
        using var anonymous = portal.CreateApiClient();

        var response = await anonymous.GetAsync("/met/api/routing/bank-holidays?year=2026");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_routing_read_is_refused()
    {
        using var api = await portal.AutomationClientAsync("met", "routing.events");

        var response = await api.GetAsync("/met/api/routing/bank-holidays?year=2026");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
