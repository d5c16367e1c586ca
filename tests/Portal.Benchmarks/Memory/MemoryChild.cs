using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmarks.PortalApp;
using Portal.Host.Shell;

namespace Portal.Benchmarks.Memory;

/// <summary>
/// Runs in its own process (<c>memory-child N DATADIR</c>) so nothing else lives in its heap: starts the portal without
/// warm-up, creates and sets up N tenants, requests each tenant's home page so its shell is built and warm, then
/// collects everything and prints one <c>MEMORY-RESULT {json}</c> line for the parent.
/// </summary>
public static class MemoryChild
{
    public const string ResultPrefix = "MEMORY-RESULT ";
    private const int RequestsPerTenant = 3;

    /// <param name="dataDir">Owned by the parent, which removes it even when it has to kill this process.</param>
    public static async Task<int> RunAsync(int tenantCount, string dataDir)
    {
        var started = Stopwatch.StartNew();
        await using var portal = new PortalServer("platform", new Dictionary<string, string?> { ["Portal:Shells:Warmup"] = "false" }, dataDir);
        portal.Start();

        var names = Enumerable.Range(1, tenantCount).Select(i => $"force{i:D2}").ToList();
        var provisioner = new TenantProvisioner(portal.Services);
        foreach (var name in names)
        {
            await provisioner.EnsureRunningAsync(name);
        }

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = portal.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        foreach (var name in names)
        {
            for (var i = 0; i < RequestsPerTenant; i++)
            {
                using var response = await client.GetAsync($"{name}/");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET /{name}/ answered {(int)response.StatusCode}.");
                }
            }
        }

        // Every tenant's shell must be alive while memory is measured, or the per-tenant figure means nothing.
        var built = portal.Services.GetRequiredService<ShellHost>().BuiltShells;
        var missing = names.Except(built).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Shells not built or already released: {string.Join(", ", missing)}.");
        }

        var setupSeconds = started.Elapsed.TotalSeconds;
        ProcessMemory.FullCollect();
        var sample = new MemorySample(tenantCount, built.Count, GC.GetTotalMemory(forceFullCollection: true), ProcessMemory.ResidentBytes(), setupSeconds);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(sample));
        GC.KeepAlive(portal);
        return 0;
    }
}
