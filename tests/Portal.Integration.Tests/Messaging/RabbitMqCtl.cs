using System.Diagnostics;

namespace Portal.Integration.Tests.Messaging;

/// <summary>Runs <c>rabbitmqctl</c> against one node (the shared broker of infra/services.sh, or a private one).</summary>
public static class RabbitMqCtl
{
    /// <summary>The node infra/services.sh starts (PORTAL_RABBITMQ_NODENAME, default rabbit@localhost).</summary>
    public static string SharedNodeName => Environment.GetEnvironmentVariable("PORTAL_RABBITMQ_NODENAME") is { Length: > 0 } name ? name : "rabbit@localhost";

    /// <returns>What the command printed on standard output.</returns>
    public static async Task<string> RunAsync(string nodeName, string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(nodeName);
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
        if (process.ExitCode != 0)
        {
            // A password may be an argument (add_user): never echo the arguments.
            throw new InvalidOperationException($"rabbitmqctl {arguments[0]} on {nodeName} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }
}
