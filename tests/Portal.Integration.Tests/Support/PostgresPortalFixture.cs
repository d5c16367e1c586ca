namespace Portal.Integration.Tests.Support;

/// <summary>
/// One demo portal on its own throw-away PostgreSQL database, shared by the tests of the collection (setting it
/// up costs seconds). Tests that create or remove a tenant use a name no other test uses.
/// </summary>
public sealed class PostgresPortalFixture : IAsyncLifetime
{
    public ThrowawayDatabase Database { get; } = new();

    public PostgresPortalFactory Node { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Node = new PostgresPortalFactory(Database);
        _ = Node.Services; // starts the portal, which runs the demo recipe
    }

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresPortalCollection : ICollectionFixture<PostgresPortalFixture>
{
    public const string Name = "Demo portal on PostgreSQL";
}
