namespace Portal.CallRouting.Tests.Support;

/// <summary>The agreement test classes share one portal (setting one up with the demo recipe takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class AgreementsPortalCollection : ICollectionFixture<AgreementsPortalFixture>
{
    public const string Name = "Agreements portal";
}
