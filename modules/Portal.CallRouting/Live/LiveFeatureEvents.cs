using Microsoft.Extensions.Hosting;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Shell;

namespace Portal.CallRouting.Live;

/// <summary>When call routing is disabled in a tenant, its in-process live figures are dropped with it.</summary>
internal sealed class LiveFeatureEvents(IHostApplicationLifetime host, ShellSettings tenant) : IFeatureEventHandler
{
    public Task DisabledAsync(string featureId, CancellationToken cancellationToken)
    {
        if (featureId == "Portal.CallRouting")
        {
            Services.InProcessLiveStateStores.Forget(host, tenant.Name);
        }

        return Task.CompletedTask;
    }
}
