namespace Portal.Host.Tests.Integration;

/// <summary>The integration tests that share one portal run one after another, never in parallel.</summary>
[CollectionDefinition(Name)]
public sealed class PluginPortalCollection : ICollectionFixture<PluginPortalFixture>
{
    public const string Name = "Portal with the sample plug-in";
}
