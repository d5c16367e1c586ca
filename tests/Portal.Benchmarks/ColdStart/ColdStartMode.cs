using System.Diagnostics;
using System.Net;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.PortalApp;
using Portal.Benchmarks.Reporting;

namespace Portal.Benchmarks.ColdStart;

/// <summary>
/// Goal: from <c>dotnet Portal.Web.dll</c> to the first 200 on <c>/</c> in under 3 s, with the embedded defaults
/// (SQLite, in-memory bus, in-process cache) on an empty data folder, so the time includes the platform setup
/// recipe and the first shell build. Median of 3 runs.
/// </summary>
public static class ColdStartMode
{
    public const string Name = "coldstart";
    private const double GoalSeconds = 3;
    private const int Runs = 3;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public static async Task<IReadOnlyList<GoalResult>> RunAsync()
    {
        var dll = await PortalWebBuild.FindOrBuildAsync();
        // Development runs the demo recipe; until a module ships it, platform keeps the cold start measurable.
        var recipe = ShippedRecipes.Find("demo") is null ? "platform" : null;
        var times = new List<double>();
        for (var run = 1; run <= Runs; run++)
        {
            var seconds = await MeasureOnceAsync(dll, recipe);
            Console.WriteLine($"[coldstart] run {run}: first 200 on / after {seconds:F2} s");
            times.Add(seconds);
        }

        var median = Statistics.Median(times);
        return
        [
            new GoalResult(Name, $"process start to first 200 on / (Development, embedded defaults, recipe {recipe ?? "demo"}, median of {Runs})",
                $"{median:F2} s (runs: {string.Join(", ", times.Select(t => t.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} s)",
                "", $"< {GoalSeconds:F0} s", median < GoalSeconds),
        ];
    }

    private static async Task<double> MeasureOnceAsync(string dll, string? recipeOverride)
    {
        using var dataDir = new TempDirectory("coldstart");
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}";
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Content root = the build output, where appsettings*.json and the static web assets manifest are.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        startInfo.ArgumentList.Add(dll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(url);
        startInfo.ArgumentList.Add("--Portal:DataDir");
        startInfo.ArgumentList.Add(dataDir.Path);
        if (recipeOverride is not null)
        {
            startInfo.ArgumentList.Add("--Portal:Setup:Recipe");
            startInfo.ArgumentList.Add(recipeOverride);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment.Remove("DOTNET_ENVIRONMENT");
        startInfo.Environment.Remove("ASPNETCORE_URLS");

        var output = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Enqueue(line);
                if (output.Count > 40)
                {
                    output.Dequeue();
                }
            }
        }

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(2) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        var clock = Stopwatch.StartNew();
        var process = ChildProcesses.Start(startInfo);
        try
        {
            process.OutputDataReceived += (_, e) => Keep(e.Data);
            process.ErrorDataReceived += (_, e) => Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var lastStatus = "no answer";
            while (clock.Elapsed < StartTimeout)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Portal.Web exited with {process.ExitCode} before answering:{Environment.NewLine}{Tail(output)}");
                }

                try
                {
                    using var response = await client.GetAsync(url + "/");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return clock.Elapsed.TotalSeconds;
                    }

                    lastStatus = $"HTTP {(int)response.StatusCode}";
                }
                catch (HttpRequestException ex)
                {
                    lastStatus = ex.Message;
                }
                catch (TaskCanceledException)
                {
                    lastStatus = "request timed out";
                }

                await Task.Delay(PollInterval);
            }

            throw new TimeoutException($"Portal.Web gave no 200 on / within {StartTimeout.TotalSeconds:F0} s (last: {lastStatus}):{Environment.NewLine}{Tail(output)}");
        }
        finally
        {
            ChildProcesses.Kill(process);
        }
    }

    private static string Tail(Queue<string> output)
    {
        lock (output)
        {
            return string.Join(Environment.NewLine, output);
        }
    }
}
