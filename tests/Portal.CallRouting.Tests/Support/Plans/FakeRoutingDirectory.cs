using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>The configuration the plan tests route against (the registry lane's store stands in here); a test may change it.</summary>
public sealed class FakeRoutingDirectory : IRoutingDirectory
{
    public RoutingConfiguration Configuration { get; set; } = PlanSamples.Configuration;

    public Task<RoutingConfiguration> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(Configuration);
}
