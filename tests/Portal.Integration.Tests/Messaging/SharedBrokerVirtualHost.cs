using System.Security.Cryptography;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// A virtual host of its own on the shared broker of infra/test.sh, for one test: the contract queues every portal
/// declares then live there, apart from any other portal (another engineer's, a benchmark) on the same broker.
/// Created with <c>rabbitmqctl add_vhost</c> and permissions for the test's user, deleted with everything in it on
/// dispose. Needs the rights to run rabbitmqctl on the broker's node (root, as infra/test.sh runs).
/// </summary>
public sealed class SharedBrokerVirtualHost : IAsyncDisposable
{
    private SharedBrokerVirtualHost(string name) => Name = name;

    public string Name { get; }

    public static async Task<SharedBrokerVirtualHost> CreateAsync(string user)
    {
        var host = new SharedBrokerVirtualHost($"portal-test-{RandomNumberGenerator.GetHexString(12, lowercase: true)}");
        await RabbitMqCtl.RunAsync(RabbitMqCtl.SharedNodeName, null, "add_vhost", host.Name);
        await RabbitMqCtl.RunAsync(RabbitMqCtl.SharedNodeName, null, "set_permissions", "-p", host.Name, user, ".*", ".*", ".*");
        return host;
    }

    /// <summary>The queues declared in this virtual host (names only).</summary>
    public async Task<IReadOnlyList<string>> QueuesAsync() =>
        (await RabbitMqCtl.RunAsync(RabbitMqCtl.SharedNodeName, null, "list_queues", "-p", Name, "-q", "--no-table-headers", "name"))
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public async ValueTask DisposeAsync() => await RabbitMqCtl.RunAsync(RabbitMqCtl.SharedNodeName, null, "delete_vhost", Name);
}
