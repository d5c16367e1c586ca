using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// The portal on the shared broker of infra/test.sh (PORTAL_TEST_RABBITMQ), in a virtual host of the test's own:
/// readiness names the bus and reports it healthy, every queue the portal declared is in that virtual host (so no
/// other portal on the broker shares its contract queues), and readiness follows that virtual host, not the broker
/// as a whole. Nothing here stops the broker or touches its other virtual hosts; the fault tests use a private node.
/// </summary>
public sealed class SharedBrokerReadinessTests
{
    [Fact]
    public async Task Readiness_reports_the_bus_of_the_configured_virtual_host_on_the_shared_broker()
    {
        var uri = new Uri(Environment.GetEnvironmentVariable("PORTAL_TEST_RABBITMQ") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PORTAL_TEST_RABBITMQ is not set: run the tests with ./infra/test.sh, which starts the servers."));
        var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        var virtualHost = await SharedBrokerVirtualHost.CreateAsync(credentials[0]);
        var deleted = false;
        try
        {
            using var portal = new RabbitPortalFactory($"{uri.Host}:{(uri.Port > 0 ? uri.Port : 5672)}", virtualHost.Name, credentials[0],
                credentials.ElementAtOrDefault(1) ?? "");
            using var client = portal.CreateClient();
            await Poll.UntilAsync(() => Readiness.BusIsHealthyAsync(client), "the bus check to be healthy", TimeSpan.FromSeconds(60));

            // The bus is connected and its endpoints are bound: the contract queues are in the test's virtual host.
            await Poll.UntilAsync(async () => (await virtualHost.QueuesAsync()).Contains("portal.messaging-probe"),
                "the contract queue portal.messaging-probe in the test's virtual host", TimeSpan.FromSeconds(30));

            // The broker stays up (other virtual hosts keep working); only this one goes: readiness must notice.
            await virtualHost.DisposeAsync();
            deleted = true;
            await Poll.UntilAsync(() => Readiness.BusIsNotHealthyAsync(client), "the bus check to report its virtual host gone", TimeSpan.FromSeconds(60));
        }
        finally
        {
            if (!deleted)
            {
                await virtualHost.DisposeAsync();
            }
        }
    }
}
