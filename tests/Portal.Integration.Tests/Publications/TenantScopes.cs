using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Host.Shell;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Publications;

/// <summary>Runs work in a scope of a tenant's own container, as a request to that tenant would.</summary>
internal static class TenantScopes
{
    public static async Task<T> InTenantAsync<T>(this PostgresPortalFactory node, string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var settings = await node.Services.GetRequiredService<IShellSettingsManager>().FindAsync(tenant)
            ?? throw new InvalidOperationException($"No tenant {tenant}.");
        var shell = await node.Services.GetRequiredService<ShellHost>().GetOrCreateAsync(settings);
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
