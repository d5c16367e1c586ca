using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// A RabbitMQ node of this test alone (never the shared broker): its own node name, ports on 127.0.0.1, data and
/// logs in a temp folder, no plug-ins, a user with a generated password on a virtual host of its own. <see cref="KillAsync"/> is a real
/// <c>kill -9</c> of the broker's Erlang VM; <see cref="StartAsync"/> brings it back on the same data.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    public const string User = "portaltest";

    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);
    private readonly string _folder;

    public PrivateRabbitMq()
    {
        _folder = Directory.CreateTempSubdirectory("portal-rabbitmq-").FullName;
        // The Debian wrapper runs the broker as the rabbitmq user when started by root: it must write here.
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);
        File.WriteAllText(Path.Combine(_folder, "enabled_plugins"), "[].");
        File.SetUnixFileMode(Path.Combine(_folder, "enabled_plugins"), (UnixFileMode)0b110_110_110);
        NodeName = $"portaltest{Environment.ProcessId}{RandomNumberGenerator.GetHexString(6, lowercase: true)}@localhost";
        Port = FreePort();
        DistributionPort = FreePort();
        Password = RandomNumberGenerator.GetHexString(32, lowercase: true);
    }

    public string NodeName { get; }
    public int Port { get; }
    public int DistributionPort { get; }
    public string Password { get; }
    public string Host => $"127.0.0.1:{Port}";

    /// <summary>
    /// Not the default <c>/</c>: every portal on a private node uses Portal:Bus:RabbitMQ:VirtualHost, so the
    /// bus, the readiness check and the error-queue browser are all proven to stay in the configured one.
    /// </summary>
    public string VirtualHost => "portal-private";

    public async Task StartAsync()
    {
        // The broker runs as the rabbitmq user when started by root: it must be able to stand in its working folder.
        var start = new ProcessStartInfo("rabbitmq-server")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _folder,
        };
        Configure(start);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmq-server did not start.");
        // Drained, or a full pipe would stall the broker; kept to explain a failed start.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartPatience;
        while (!await AcceptsAsync())
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new TimeoutException($"The private RabbitMQ node {NodeName} did not open port {Port}: {string.Join(" | ", output.TakeLast(15))}");
            }

            await Task.Delay(200);
        }

        await CtlAsync("await_startup");
        if ((await CtlAsync("list_users", "-q")).Contains(User, StringComparison.Ordinal))
        {
            return;
        }

        await CtlAsync("add_user", User, Password);
        await CtlAsync("add_vhost", VirtualHost);
        await CtlAsync("set_permissions", "-p", VirtualHost, User, ".*", ".*", ".*");
    }

    /// <summary>kill -9 of the broker process, then waits until its port is closed.</summary>
    public async Task KillAsync()
    {
        var pid = int.Parse((await File.ReadAllTextAsync(Path.Combine(_folder, "pid"))).Trim());
        using (var broker = Process.GetProcessById(pid))
        {
            broker.Kill(); // SIGKILL on Linux: no clean shutdown, exactly what the test wants
            await broker.WaitForExitAsync();
        }

        while (await AcceptsAsync())
        {
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(_folder, "pid")) && await AcceptsAsync())
            {
                await KillAsync();
            }
        }
        catch (ArgumentException)
        {
            // The process is gone already.
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Configure(ProcessStartInfo start)
    {
        start.Environment["RABBITMQ_NODENAME"] = NodeName;
        start.Environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        start.Environment["RABBITMQ_NODE_PORT"] = Port.ToString();
        start.Environment["RABBITMQ_DIST_PORT"] = DistributionPort.ToString();
        start.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia");
        start.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log");
        start.Environment["RABBITMQ_PID_FILE"] = Path.Combine(_folder, "pid");
        start.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins");
        start.Environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(_folder, "rabbitmq");
        start.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        start.Environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
    }

    private Task<string> CtlAsync(params string[] arguments) => RabbitMqCtl.RunAsync(NodeName, _folder, arguments);

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
