namespace Portal.Audit.Tests.Support;

/// <summary>One platform shared by the audit tests of the collection, with the administrator signed in.</summary>
public sealed class AuditFixture : IAsyncLifetime
{
    public AuditPortalFactory Factory { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync() => Admin = await Browser.SignInAsync(Factory);

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AuditCollection : ICollectionFixture<AuditFixture>
{
    public const string Name = "Audit platform";
}
