using System.Diagnostics;
using System.Security.Cryptography;

namespace Portal.Benchmarks.Events;

/// <summary>
/// A RabbitMQ virtual host of this run alone on the broker of infra/bench.sh --with-services: the portal's contract
/// queues and the baseline's queue live there, so no other portal on the broker (another engineer's tests, a node
/// left running) takes the run's messages or adds its own. Created with rabbitmqctl (add_vhost, set_permissions for
/// the run's user) and deleted, with everything in it, afterwards. Needs the rights to run rabbitmqctl on the
/// broker's node (PORTAL_RABBITMQ_NODENAME, default rabbit@localhost), as infra/services.sh has.
/// </summary>
public sealed class BenchVirtualHost : IAsyncDisposable
{
    private BenchVirtualHost(string name) => Name = name;

    public string Name { get; }

    private static string NodeName => Environment.GetEnvironmentVariable("PORTAL_RABBITMQ_NODENAME") is { Length: > 0 } name ? name : "rabbit@localhost";

    public static async Task<BenchVirtualHost> CreateAsync(string user)
    {
        var host = new BenchVirtualHost($"portal-bench-{RandomNumberGenerator.GetHexString(8, lowercase: true)}");
        await CtlAsync("add_vhost", host.Name);
        await CtlAsync("set_permissions", "-p", host.Name, user, ".*", ".*", ".*");
        return host;
    }

    public async ValueTask DisposeAsync() => await CtlAsync("delete_vhost", Name);

    private static async Task CtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(NodeName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A CLI call may be the one that starts epmd: on 127.0.0.1 only.
        start.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {arguments[0]} on {NodeName} failed ({process.ExitCode}): {await error}");
        }
    }
}
