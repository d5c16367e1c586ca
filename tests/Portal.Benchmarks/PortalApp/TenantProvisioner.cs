using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Benchmarks.PortalApp;

/// <summary>
/// Creates and sets up tenants through the same services the Tenants module uses
/// (<see cref="IShellSettingsManager"/> then <see cref="ITenantSetupService"/>).
/// </summary>
public sealed class TenantProvisioner(IServiceProvider services)
{
    /// <summary>
    /// Used only while the <c>police-force</c> recipe is not shipped yet: a tenant with its theme and the
    /// always-enabled features (Users), which is what every police-force tenant has at least.
    /// </summary>
    private const string FallbackRecipe = """
        {
          "name": "bench-tenant",
          "displayName": "Benchmark tenant",
          "forDefaultTenant": false,
          "steps": [
            { "name": "themes", "site": "Portal.Themes.GovUk" },
            { "name": "settings", "displayName": "Benchmark police force", "properties": { "TimeZone": "Europe/London" } }
          ]
        }
        """;

    /// <summary>Name of the recipe tenants get: police-force when the portal ships it.</summary>
    public static string TenantRecipeName => ShippedRecipes.Find("police-force")?.Name ?? "bench-tenant (inline; police-force not shipped yet)";

    private static string TenantRecipeJson => ShippedRecipes.Find("police-force")?.Json ?? FallbackRecipe;

    /// <summary>Makes sure tenant <paramref name="name"/> (URL prefix = name) exists and is Running.</summary>
    public async Task EnsureRunningAsync(string name, CancellationToken cancellationToken = default)
    {
        var tenants = services.GetRequiredService<IShellSettingsManager>();
        var existing = await tenants.FindAsync(name, cancellationToken);
        if (existing?.State == TenantState.Running)
        {
            return;
        }

        existing ??= await tenants.CreateAsync(new ShellSettings
        {
            Name = name,
            DisplayName = $"Benchmark force {name}",
            UrlPrefix = name,
            State = TenantState.Uninitialized,
        }, cancellationToken);

        var variables = new Dictionary<string, string>
        {
            ["AdminEmail"] = $"admin@{name}.bench.localhost",
            ["AdminPassword"] = PortalServer.AdminPassword,
            ["ClientSecret"] = "Bench-Client-Secret-0123456789",
        };
        var result = await services.GetRequiredService<ITenantSetupService>().SetupAsync(existing.Name, TenantRecipeJson, variables, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Setting up tenant '{name}' with {TenantRecipeName} failed: {string.Join(" ", result.Errors)}");
        }
    }
}
