using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Agreements.Data;
using Portal.Host.Shell;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// A call met overflows to city, and its end, on the production stack: each force's store in its own PostgreSQL
/// schema, both events between the forces through RabbitMQ (a private node). met's notice reaches city's dashboard
/// figures; city's telephony answering the call travels back and frees room under met's agreement.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PartnerOverflowOnRabbitMqTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_call_met_overflows_shows_at_city_and_city_answering_it_frees_room_at_met()
    {
        await using var rabbit = new PrivateRabbitMq();
        await rabbit.StartAsync();
        using var portal = new PostgresPortalFactory(database)
        {
            Settings = new Dictionary<string, string>
            {
                ["Portal:Bus:Transport"] = "RabbitMQ",
                ["Portal:Bus:RabbitMQ:Host"] = rabbit.Host,
                ["Portal:Bus:RabbitMQ:VirtualHost"] = rabbit.VirtualHost,
                ["Portal:Bus:RabbitMQ:Username"] = PrivateRabbitMq.User,
                ["Portal:Bus:RabbitMQ:Password"] = rabbit.Password,
                ["Portal:Bus:SweepSeconds"] = "1",
            },
        };
        using var met = await ApiAsync(portal, "met", "routing.read routing.write");
        using var city = await ApiAsync(portal, "city", "routing.read routing.write");
        using var cityTelephony = await ApiAsync(portal, "city", "routing.events");
        await AddTheQueueAsync(met);
        await AddTheQueueAsync(city);

        using var proposed = await met.PostAsJsonAsync("api/routing/agreements",
            new { partner = "city", queueCode = "Q999", maxConcurrentCalls = 3, expiresAt = DateTimeOffset.UtcNow.AddYears(1) });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var id = JsonDocument.Parse(await proposed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await Poll.UntilAsync(async () => await StateAsync(city, id) == "Proposed", "city's copy of the proposal", Patience);
        using var accepted = await city.PostAsync($"api/routing/agreements/{id}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await Poll.UntilAsync(async () => await StateAsync(met, id) == "Accepted", "met's copy to be accepted", Patience);

        // What a decision for a live call does when it goes to city.
        var callId = $"{id}-rabbit";
        Assert.True(await InTenantAsync(portal, "met", s =>
            s.GetRequiredService<IPartnerOverflowNotifier>().NotifyAsync(id, callId, DateTimeOffset.UtcNow, CancellationToken.None)));
        Assert.Equal(1, (await InTenantAsync(portal, "met", s => s.GetRequiredService<IOverflowLoad>().InProgressAsync(null, CancellationToken.None)))[id]);

        await Poll.UntilAsync(async () => await InProgressAtCityAsync(city, id) == 1, "city's dashboard figures to show met's call", Patience);

        var now = DateTimeOffset.UtcNow;
        using var answered = await cityTelephony.PostAsJsonAsync("api/routing/events", new
        {
            type = "callAnswered", callId, queue = "Q999", centre = "HQ", offeredAt = now.AddSeconds(-3).ToString("O"), at = now.ToString("O"),
        });
        Assert.Equal(HttpStatusCode.Accepted, answered.StatusCode);

        await Poll.UntilAsync(async () => await InProgressAtCityAsync(city, id) == 0, "city to count the call answered", Patience);
        await Poll.UntilAsync(async () => !(await InTenantAsync(portal, "met", s => s.GetRequiredService<IOverflowLoad>().InProgressAsync(null, CancellationToken.None))).ContainsKey(id),
            "met to learn over RabbitMQ that city answered the call", Patience);
        var outcome = await InTenantAsync(portal, "met", s => s.GetRequiredService<OverflowAgreementsDbContext>().SentOverflowCalls
            .Where(c => c.AgreementId == id && c.CallId == callId).Select(c => c.Outcome).SingleAsync());
        Assert.Equal("answered", outcome);
    }

    private static async Task<int?> InProgressAtCityAsync(HttpClient city, string id)
    {
        var state = JsonDocument.Parse(await city.GetStringAsync("api/routing/state")).RootElement;
        return state.GetProperty("partners").GetProperty("overflow").EnumerateArray()
            .Where(o => o.GetProperty("agreementId").GetString() == id).Select(o => (int?)o.GetProperty("inProgress").GetInt32()).FirstOrDefault();
    }

    private static async Task AddTheQueueAsync(HttpClient force)
    {
        using var centre = await force.PostAsJsonAsync("api/routing/centres", new { code = "HQ", name = "Headquarters", staffedPositions = 10 });
        Assert.Equal(HttpStatusCode.Created, centre.StatusCode);
        using var queue = await force.PostAsJsonAsync("api/routing/queues", new
        {
            code = "Q999", name = "Emergency", service = "999", priority = 1, maxLength = 50, maxWaitSeconds = 60,
            distribution = "longest-idle", servingCentres = new[] { new { centreCode = "HQ", preference = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, queue.StatusCode);
    }

    private static async Task<HttpClient> ApiAsync(PostgresPortalFactory portal, string tenant, string scope)
    {
        using var anonymous = portal.CreateClient();
        using var response = await anonymous.PostAsync($"/{tenant}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = $"{tenant}-automation",
            ["client_secret"] = PostgresPortalFactory.ClientSecret, ["scope"] = scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token of {tenant}: {(int)response.StatusCode} {body}");
        var client = portal.CreateClient();
        client.BaseAddress = new Uri(client.BaseAddress!, $"/{tenant}/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    private static async Task<string?> StateAsync(HttpClient api, string id)
    {
        using var response = await api.GetAsync($"api/routing/agreements/{id}");
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString()
            : null;
    }

    private static async Task<T> InTenantAsync<T>(PostgresPortalFactory portal, string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var shells = portal.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetOrCreateAsync(shells.Table.Find(tenant)!);
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
