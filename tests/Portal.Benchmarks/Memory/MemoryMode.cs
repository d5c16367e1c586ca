using System.Diagnostics;
using System.Text.Json;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.PortalApp;
using Portal.Benchmarks.Reporting;

namespace Portal.Benchmarks.Memory;

/// <summary>
/// Goal: each extra tenant costs at most 3 MB, judged on the managed heap and on RSS separately. Each figure comes
/// from a fresh child process (1 tenant, then 50), so the two runs share nothing.
/// </summary>
public static class MemoryMode
{
    public const string Name = "memory";
    public const string ChildArgument = "memory-child";
    private const double GoalMb = 3;
    private const double Mb = 1024 * 1024;
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromMinutes(8);

    public static async Task<IReadOnlyList<GoalResult>> RunAsync(bool quick)
    {
        var (small, large) = quick ? (1, 5) : (1, 50);
        var one = await RunChildAsync(small);
        var many = await RunChildAsync(large);
        var extra = large - small;
        var heapPerTenant = (many.HeapBytes - one.HeapBytes) / (double)extra / Mb;
        var rssPerTenant = (many.RssBytes - one.RssBytes) / (double)extra / Mb;
        var how = $"({large} - {small}) / {extra}, tenant recipe {TenantProvisioner.TenantRecipeName}";
        return
        [
            GoalResult.Info(Name, $"{small} tenant: heap / RSS", $"{one.HeapBytes / Mb:F1} MB / {one.RssBytes / Mb:F1} MB ({one.BuiltShells} shells, set up in {one.SetupSeconds:F1} s)"),
            GoalResult.Info(Name, $"{large} tenants: heap / RSS", $"{many.HeapBytes / Mb:F1} MB / {many.RssBytes / Mb:F1} MB ({many.BuiltShells} shells, set up in {many.SetupSeconds:F1} s)"),
            new GoalResult(Name, $"managed heap per extra tenant {how}", $"{heapPerTenant:F2} MB", $"{one.HeapBytes / Mb:F1} MB with {small}",
                $"<= {GoalMb:F0} MB", heapPerTenant <= GoalMb),
            new GoalResult(Name, $"RSS per extra tenant {how}", $"{rssPerTenant:F2} MB", $"{one.RssBytes / Mb:F1} MB with {small}",
                $"<= {GoalMb:F0} MB", rssPerTenant <= GoalMb),
        ];
    }

    private static async Task<MemorySample> RunChildAsync(int tenants)
    {
        var self = typeof(MemoryMode).Assembly.Location;
        using var dataDir = new TempDirectory("memory");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory.GetCurrentDirectory(),
        };
        startInfo.ArgumentList.Add(self);
        startInfo.ArgumentList.Add(ChildArgument);
        startInfo.ArgumentList.Add(tenants.ToString(System.Globalization.CultureInfo.InvariantCulture));
        startInfo.ArgumentList.Add(dataDir.Path);

        Console.WriteLine($"[memory] child process with {tenants} tenant(s)");
        var process = ChildProcesses.Start(startInfo);
        try
        {
            MemorySample? sample = null;
            var tail = new Queue<string>();
            void Keep(string? line)
            {
                if (line is null)
                {
                    return;
                }

                lock (tail)
                {
                    tail.Enqueue(line);
                    if (tail.Count > 40)
                    {
                        tail.Dequeue();
                    }
                }
            }

            process.ErrorDataReceived += (_, e) => Keep(e.Data);
            process.BeginErrorReadLine();
            using var timeout = new CancellationTokenSource(ChildTimeout);
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith(MemoryChild.ResultPrefix, StringComparison.Ordinal))
                {
                    sample = JsonSerializer.Deserialize<MemorySample>(line[MemoryChild.ResultPrefix.Length..]);
                }
                else
                {
                    Keep(line);
                }
            }

            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0 || sample is null)
            {
                string output;
                lock (tail)
                {
                    output = string.Join(Environment.NewLine, tail);
                }

                throw new InvalidOperationException($"memory child ({tenants} tenants) exited with {process.ExitCode} and no result:{Environment.NewLine}{output}");
            }

            Console.WriteLine($"[memory] {tenants} tenant(s): heap {sample.HeapBytes / Mb:F1} MB, RSS {sample.RssBytes / Mb:F1} MB");
            return sample;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"memory child ({tenants} tenants) did not finish within {ChildTimeout.TotalMinutes:F0} minutes.");
        }
        finally
        {
            ChildProcesses.Kill(process);
        }
    }
}
