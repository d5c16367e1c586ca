using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Audit.Data;
using Portal.Host.Shell;
using Portal.Users.Models;

namespace Portal.Audit.Tests.Support;

/// <summary>
/// The real portal (Development) on a fresh data folder, set up with the "platform" recipe (the Default tenant and
/// its administrator). Gives tests the Default tenant's own services, to write entries, add a user, or tamper
/// with the audit store as an attacker with database access would.
/// </summary>
public sealed class AuditPortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@audit-tests.example.org";
    public const string AdminPassword = "Audit-Tests-Passw0rd!";

    public string DataDir { get; } = Directory.CreateTempSubdirectory("portal-audit-tests-").FullName;

    public HttpClient CreateHttpClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs <paramref name="work"/> in a scope of the Default tenant's container (built if needed).</summary>
    public async Task<T> InDefaultAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var settings = await Services.GetRequiredService<IShellSettingsManager>().FindAsync(ShellSettings.DefaultName)
            ?? throw new InvalidOperationException("No Default tenant.");
        var shell = await Services.GetRequiredService<ShellHost>().GetOrCreateAsync(settings);
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WriteAsync(AuditEntry entry) =>
        InDefaultAsync(async sp => { await sp.GetRequiredService<IAuditLog>().WriteAsync(entry); return true; });

    public Task<int> ExecuteSqlAsync(string sql, params object[] parameters) =>
        InDefaultAsync(sp => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(
            sp.GetRequiredService<AuditDbContext>().Database, sql, parameters));

    /// <summary>Adds a person with no role to Default (so with no permission at all).</summary>
    public Task<bool> CreateUserAsync(string email, string password) => InDefaultAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<PortalUser>>();
        var result = await users.CreateAsync(new PortalUser { UserName = email, Email = email, DisplayName = "No rights", EmailConfirmed = true }, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return true;
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        builder.UseSetting("Portal:Setup:Recipe", "platform");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        // The in-process server gives every request the same address: the real sign-in limits would trip
        // across tests. The rate-limit tests set low limits of their own.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
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
}
