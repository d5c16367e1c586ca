using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Integration;

/// <summary>
/// One portal for the integration tests that share it: the sample plug-in trusted, tenants <c>met</c> and
/// <c>city</c> running, and the plug-in's feature enabled for <c>met</c> only. Tests that change a tenant
/// create their own.
/// </summary>
public sealed class PluginPortalFixture : IAsyncLifetime
{
    public const string Greeter = "Sample.Greeter";
    public const string A = "met";
    public const string B = "city";

    /// <summary>What only the sample plug-in's greeting says.</summary>
    public const string GreetingText = "Hello from the sample plug-in";

    public PortalFactory Factory { get; } = new(TestPlugins.FolderWith(TestPlugins.SampleFile), TestPlugins.Sha256Of(TestPlugins.SampleFile));

    public async Task InitializeAsync()
    {
        await Factory.EnsureTenantAsync(A);
        await Factory.EnsureTenantAsync(B);
        await EnableGreeterAsync(A);
    }

    public async Task EnableGreeterAsync(string tenant) =>
        await Factory.Services.GetRequiredService<IShellFeatureManager>().UpdateAsync(tenant, [Greeter], [], null);

    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
}
