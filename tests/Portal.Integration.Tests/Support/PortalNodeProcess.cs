using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Portal.Integration.Tests.Support;

/// <summary>
/// One portal node as a real process: <c>dotnet Portal.Web.dll</c> from src/Portal.Web's build output (built with
/// this test project, same configuration), on its own loopback port, configured only through the environment.
/// </summary>
public sealed class PortalNodeProcess : IAsyncDisposable
{
    private const int KeptLines = 300;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PortalNodeProcess(string name, int port, Process process)
    {
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>The node's last console lines, for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    public static PortalNodeProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort.Next();
        var web = PortalWebBuild.Locate();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // The content root (appsettings*.json) is the project folder, as with `dotnet run`.
            WorkingDirectory = web.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(web.DllPath);

        // Only what the test gives: no Portal__* or ASP.NET Core setting leaks in from the test's own environment.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Portal__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Node {name} did not start.");
        var node = new PortalNodeProcess(name, port, process);
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// Waits until /health/ready answers 200 with every check Healthy (the platform is set up; when Redis is
    /// configured, connected and listening for shell signals), failing with the node's output.
    /// </summary>
    public async Task WaitUntilReadyAsync(TimeSpan deadline)
    {
        using var client = CreateClient();
        await Poll.UntilAsync($"node {Name} ready at {BaseAddress}", deadline, async () =>
        {
            if (_process.HasExited)
            {
                Assert.Fail($"Node {Name} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                var body = await response.Content.ReadAsStringAsync();
                var healthy = response.StatusCode == HttpStatusCode.OK
                    && System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() == "Healthy";
                return (healthy, $"{(int)response.StatusCode} {body}\n{Output}");
            }
            catch (HttpRequestException ex)
            {
                return (false, $"{ex.Message}\n{Output}");
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }
}
