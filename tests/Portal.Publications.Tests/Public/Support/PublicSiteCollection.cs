namespace Portal.Publications.Tests.Public.Support;

/// <summary>The public site and index test classes share one seeded portal (setting one up takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class PublicSiteCollection : ICollectionFixture<PublicSiteFixture>
{
    public const string Name = "Public site portal";
}
