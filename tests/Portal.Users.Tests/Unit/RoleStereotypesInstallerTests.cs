using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Security;
using Portal.Users.Data;
using Portal.Users.Models;
using Portal.Users.Security;
using Portal.Users.Services;

namespace Portal.Users.Tests.Unit;

/// <summary>Default roles on feature install, against the real SQLite migrations in an in-memory database.</summary>
public sealed class RoleStereotypesInstallerTests : IAsyncLifetime
{
    private static readonly Permission Edit = new("EditThings", "Edit things");
    private static readonly Permission View = new("ViewThings", "View things", [Edit]);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ServiceProvider _services = null!;

    /// <summary>A module in this test assembly that gives Editor and Viewer default permissions.</summary>
    private sealed class ThingsPermissions : IPermissionProvider
    {
        public IEnumerable<Permission> GetPermissions() => [Edit, View];

        public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [
            new(RoleNames.Administrator, [Edit, View]),
            new(RoleNames.Editor, [Edit, View]),
            new(RoleNames.Viewer, [View]),
        ];
    }

    private sealed class Catalog : IModuleCatalog
    {
        private static FeatureInfo Feature(string id, string module) => new(id, id, "Test", "", [], module, false, false, false, false);

        public IReadOnlyList<ModuleInfo> Modules { get; } =
        [
            new("Things", "Things", "Test", "", false, null, false, typeof(ThingsPermissions).Assembly, [Feature("Things", "Things")]),
            new("Plain", "Plain", "Test", "", false, null, false, typeof(object).Assembly, [Feature("Plain", "Plain")]),
        ];

        public IReadOnlyList<FeatureInfo> Features => Modules.SelectMany(m => m.Features).ToList();
        public IReadOnlyList<RefusedPlugin> RefusedPlugins => [];
        public FeatureInfo? FindFeature(string id) => Features.FirstOrDefault(f => f.Id == id);
        public IReadOnlyList<FeatureInfo> GetDependents(string featureId) => [];
    }

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<UsersDbContext, UsersSqliteDbContext>(o => o.UseSqlite(_connection,
            x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(UsersDbContext.Module))));
        services.AddIdentityCore<PortalUser>().AddRoles<PortalRole>().AddEntityFrameworkStores<UsersDbContext>();
        services.AddSingleton<IPermissionProvider, ThingsPermissions>();
        services.AddSingleton<IModuleCatalog, Catalog>();
        services.AddSingleton<RolePermissionCache>();
        services.AddScoped<RolePermissionWriter>();
        services.AddScoped<RoleStereotypesInstaller>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UsersDbContext>().Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task InstallAsync(string featureId)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoleStereotypesInstaller>().InstalledAsync(featureId, CancellationToken.None);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> HeldAsync() =>
        await _services.GetRequiredService<RolePermissionCache>().GetAsync(CancellationToken.None);

    private async Task<List<string>> RoleNamesAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>().Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync();
    }

    [Fact]
    public async Task Installing_a_module_creates_its_default_roles_with_their_permissions()
    {
        Assert.Empty(await HeldAsync());

        await InstallAsync("Things");

        Assert.Equal(["Administrator", "Editor", "Viewer"], await RoleNamesAsync());
        var held = await HeldAsync();
        Assert.Equal(["EditThings", "ViewThings"], held["Editor"].Order());
        Assert.Equal(["ViewThings"], held["Viewer"]);
        // Administrator holds everything by rule, not by a list that would go stale.
        Assert.False(held.ContainsKey("Administrator"));
    }

    [Fact]
    public async Task Administrator_exists_even_when_no_stereotype_names_it()
    {
        await InstallAsync("Plain");

        Assert.Equal(["Administrator"], await RoleNamesAsync());
    }

    [Fact]
    public async Task Installing_another_module_later_leaves_changed_roles_alone()
    {
        await InstallAsync("Things");
        await using (var scope = _services.CreateAsyncScope())
        {
            var writer = scope.ServiceProvider.GetRequiredService<RolePermissionWriter>();
            var editor = (await scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>().FindByNameAsync("Editor"))!;
            await writer.SetAsync(editor, new HashSet<string> { "EditThings" }, new HashSet<string> { "EditThings", "ViewThings" });
        }

        await InstallAsync("Plain");

        Assert.Equal(["EditThings"], (await HeldAsync())["Editor"]);
    }

    [Fact]
    public async Task Permissions_of_features_not_enabled_now_survive_an_edit()
    {
        await InstallAsync("Things");
        await using var scope = _services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<RolePermissionWriter>();
        var viewer = (await scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>().FindByNameAsync("Viewer"))!;
        await writer.GrantAsync(viewer, ["FromADisabledModule"]);

        await writer.SetAsync(viewer, new HashSet<string> { "EditThings" }, new HashSet<string> { "EditThings", "ViewThings" });

        Assert.Equal(["EditThings", "FromADisabledModule"], (await HeldAsync())["Viewer"].Order());
    }
}
