namespace Portal.CallRouting.Tests.Support.Configuration;

/// <summary>The configuration tests share one portal (its start-up, with tenants and keys, is the slow part); each test uses its own codes.</summary>
[CollectionDefinition(Name)]
public sealed class RoutingConfigurationCollection : ICollectionFixture<RoutingConfigurationFactory>
{
    public const string Name = "routing-configuration";
}
