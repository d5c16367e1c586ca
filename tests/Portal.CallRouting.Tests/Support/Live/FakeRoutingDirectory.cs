using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Support.Live;

/// <summary>Stands in for the registry's directory (another lane implements it): a configuration set by the test.</summary>
public sealed class FakeRoutingDirectory(RoutingConfiguration configuration) : IRoutingDirectory
{
    public RoutingConfiguration Configuration { get; set; } = configuration;

    public Task<RoutingConfiguration> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(Configuration);
}
