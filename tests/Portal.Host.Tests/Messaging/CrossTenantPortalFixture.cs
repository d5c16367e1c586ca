using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts.Diagnostics;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Messaging;

/// <summary>
/// A portal on the in-memory bus whose tenants all carry the test admission of <see cref="CrossTenantProbe"/>; which
/// pairs of tenants agreed is up to each test (<see cref="Consents"/>).
/// </summary>
public sealed class CrossTenantPortalFixture : IAsyncLifetime
{
    public const string Source = "xsrc";
    public const string Target = "xdst";
    public const string Stranger = "xstr";

    public CrossTenantPortalFixture()
    {
        Factory = new PortalFactory
        {
            HostServices = services =>
            {
                // A factory: the host container has no ShellSettings to validate against; each tenant's clone has its own.
                services.AddScoped<ICrossTenantAdmission<CrossTenantProbe>>(sp => new AgreedProbeAdmission(sp.GetRequiredService<ShellSettings>(), Consents));
            },
        };
        Messaging = new MessagingStores(Factory);
    }

    public ProbeConsents Consents { get; } = new();

    public PortalFactory Factory { get; }

    public MessagingStores Messaging { get; }

    public async Task InitializeAsync()
    {
        foreach (var tenant in new[] { Source, Target, Stranger })
        {
            await Factory.EnsureTenantAsync(tenant);
            await Factory.ShellOfAsync(tenant);
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
