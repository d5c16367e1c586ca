using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MassTransit;
using Portal.Abstractions.Messaging;
using Portal.CallRouting.Agreements;
using Portal.Contracts.Routing;
using Portal.Host.Messaging;
using Portal.Host.Shell;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// The overflow agreement between met and city on the production stack: each force's copy in its own PostgreSQL schema,
/// the events between the two tenants through RabbitMQ (a private node), out of one force's outbox into the other's
/// admission and inbox.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OverflowAgreementsOnRabbitMqTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Met_proposes_city_accepts_and_met_may_then_overflow_to_city()
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
        using var met = await ApiAsync(portal, "met");
        using var city = await ApiAsync(portal, "city");
        // A proposal names one of the proposer's own queues.
        using var centre = await met.PostAsJsonAsync("api/routing/centres", new { code = "HQ", name = "Headquarters", staffedPositions = 10 });
        Assert.Equal(HttpStatusCode.Created, centre.StatusCode);
        using var queue = await met.PostAsJsonAsync("api/routing/queues", new
        {
            code = "Q999", name = "Emergency", service = "999", priority = 1, maxLength = 50, maxWaitSeconds = 60,
            distribution = "longest-idle", servingCentres = new[] { new { centreCode = "HQ", preference = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, queue.StatusCode);

        using var proposed = await met.PostAsJsonAsync("api/routing/agreements",
            new { partner = "city", queueCode = "Q999", maxConcurrentCalls = 6, expiresAt = DateTimeOffset.UtcNow.AddYears(1) });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var id = JsonDocument.Parse(await proposed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        await Poll.UntilAsync(async () => await StateAsync(city, id) == "Proposed", "city's copy of the proposal", Patience);
        using var accepted = await city.PostAsync($"api/routing/agreements/{id}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await Poll.UntilAsync(async () => await StateAsync(met, id) == "Accepted", "met's copy to be accepted", Patience);

        var usable = await InTenantAsync(portal, "met", s => s.GetRequiredService<IOverflowAgreements>().UsableAsync(CancellationToken.None));
        var terms = Assert.Single(usable, a => a.Id == id);
        Assert.Equal("city", terms.PartnerTenant);
        Assert.Equal(6, terms.MaxConcurrentCalls);

        // A forged answer (city's outbox claiming met as its source) is parked in RabbitMQ's error queue, and changes nothing.
        var forgedId = Guid.NewGuid();
        await portal.Services.GetRequiredService<IBus>().Publish(new OverflowAgreementRevoked("city", "met", "city", id, "intruder", DateTimeOffset.UtcNow, "forged"),
            Pipe.Execute<PublishContext>(c => { c.MessageId = forgedId; c.Headers.Set(PortalMessageHeaders.Tenant, "city"); }));
        var deadLetters = portal.Services.GetRequiredService<IDeadLetterQueue>();
        await Poll.UntilAsync(async () => (await deadLetters.ListAsync(1000)).Any(l => l.MessageId == forgedId), "the forged message in the error queue", Patience);
        Assert.Contains("is not the tenant", (await deadLetters.ListAsync(1000)).Single(l => l.MessageId == forgedId).Error);
        Assert.Equal("Accepted", await StateAsync(city, id));

        // Each force's copy lives in its own schema.
        var schemas = await PostgresSql.StringsAsync(database.ConnectionString,
            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'OverflowAgreements' ORDER BY table_schema");
        Assert.Contains(database.RolePrefix + "met", schemas);
        Assert.Contains(database.RolePrefix + "city", schemas);
    }

    private static async Task<HttpClient> ApiAsync(PostgresPortalFactory portal, string tenant)
    {
        using var anonymous = portal.CreateClient();
        using var response = await anonymous.PostAsync($"/{tenant}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = $"{tenant}-automation",
            ["client_secret"] = PostgresPortalFactory.ClientSecret, ["scope"] = "routing.read routing.write",
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
