namespace Portal.Platform.Tests.Support;

/// <summary>
/// One demo platform shared by the tests of the collection (setting it up costs seconds). Tests that change a
/// tenant create their own, with a name no other test uses, so they do not depend on each other's order.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new();

    /// <summary>A client signed in to the platform (Default) tenant as the demo administrator.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await SignIn.AsAdminAsync(Factory, "");
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "Demo platform";
}
