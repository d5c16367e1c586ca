using System.Text.Json;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// The portal on the shared broker of infra/test.sh (PORTAL_TEST_RABBITMQ): readiness names the bus and reports it
/// healthy. Nothing here stops or fills that broker; the fault tests use a private node.
/// </summary>
public sealed class SharedBrokerReadinessTests
{
    [Fact]
    public async Task Readiness_reports_the_shared_broker_as_the_healthy_bus()
    {
        var uri = new Uri(Environment.GetEnvironmentVariable("PORTAL_TEST_RABBITMQ") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PORTAL_TEST_RABBITMQ is not set: run the tests with ./infra/test.sh, which starts the servers."));
        var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        using var portal = new RabbitPortalFactory($"{uri.Host}:{(uri.Port > 0 ? uri.Port : 5672)}", credentials[0], credentials.ElementAtOrDefault(1) ?? "");
        using var client = portal.CreateClient();

        await Poll.UntilAsync(() => Readiness.BusIsHealthyAsync(client), "the bus check to be healthy", TimeSpan.FromSeconds(60));
    }
}
