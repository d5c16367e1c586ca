namespace Portal.Integration.Tests.Support;

/// <summary>
/// The platform and tenant stores that several portal nodes of one test share: the one place that picks the
/// provider. On PostgreSQL (what production nodes share) each node reaches the same throw-away database, whose
/// tenant roles carry its own prefix and are dropped with it; "Sqlite" would make the nodes share a data folder.
/// </summary>
public sealed class SharedPlatformStore : IAsyncLifetime
{
    public static readonly string Provider = "Postgres";

    private ThrowawayDatabase? _database;

    public string DataDir { get; } = Directory.CreateTempSubdirectory("portal-it-nodes-").FullName;

    /// <summary>The portal's configuration keys (environment form) that point a node at this store.</summary>
    public IReadOnlyDictionary<string, string> Settings
    {
        get
        {
            var settings = new Dictionary<string, string> { ["Portal__DataDir"] = DataDir, ["Portal__Database__Provider"] = Provider };
            if (_database is not null)
            {
                settings["Portal__Database__ConnectionString"] = _database.ConnectionString;
                settings["Portal__Database__TenantRolePrefix"] = _database.RolePrefix;
            }

            return settings;
        }
    }

    public async Task InitializeAsync()
    {
        if (Provider == "Postgres")
        {
            _database = new ThrowawayDatabase();
            await _database.InitializeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
