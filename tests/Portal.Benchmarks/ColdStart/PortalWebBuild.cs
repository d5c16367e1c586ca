using System.Diagnostics;
using Portal.Benchmarks.Infrastructure;

namespace Portal.Benchmarks.ColdStart;

/// <summary>
/// The Release build of Portal.Web that a cold start runs. <c>dotnet run -c Release</c> of the benchmarks builds
/// it as a project reference into its own bin folder; when it is missing it is built here.
/// </summary>
public static class PortalWebBuild
{
    private static string ReleaseDll => Path.Combine(RepositoryPaths.PortalWebProject, "bin", "Release", "net10.0", "Portal.Web.dll");

    public static async Task<string> FindOrBuildAsync()
    {
        if (File.Exists(ReleaseDll))
        {
            return ReleaseDll;
        }

        Console.WriteLine($"[coldstart] {ReleaseDll} is missing: building Portal.Web in Release");
        var startInfo = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = RepositoryPaths.Root };
        foreach (var arg in new[] { "build", RepositoryPaths.PortalWebProject, "-c", "Release", "--nologo", "-v", "quiet" })
        {
            startInfo.ArgumentList.Add(arg);
        }

        var build = ChildProcesses.Start(startInfo);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await build.WaitForExitAsync(timeout.Token);
            if (build.ExitCode != 0 || !File.Exists(ReleaseDll))
            {
                throw new InvalidOperationException($"dotnet build of Portal.Web (Release) failed with exit code {build.ExitCode}.");
            }
        }
        finally
        {
            ChildProcesses.Kill(build);
        }

        return ReleaseDll;
    }
}
