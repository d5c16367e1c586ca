namespace Portal.CallRouting.Tests.Support.Partner;

/// <summary>The partner tests share one portal, one after another (the published plan stand-in is the portal's).</summary>
[CollectionDefinition(Name)]
public sealed class PartnerPortalCollection : ICollectionFixture<PartnerPortalFixture>
{
    public const string Name = "Partner portal";
}
