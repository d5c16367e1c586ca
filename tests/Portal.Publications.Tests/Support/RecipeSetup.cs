using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Publications.Tests.Support;

/// <summary>Sets up extra tenants of a running portal with a recipe, as the platform's tenant API would.</summary>
internal static class RecipeSetup
{
    /// <summary>Creates <paramref name="name"/> (if new) and sets it up with <paramref name="recipeJson"/>; the result as the host reports it.</summary>
    public static async Task<SetupResult> SetUpTenantAsync(this PublicationsPortalFactory factory, string name, string recipeJson)
    {
        var tenants = factory.Services.GetRequiredService<IShellSettingsManager>();
        if (await tenants.FindAsync(name) is null)
        {
            await tenants.CreateAsync(new ShellSettings { Name = name, UrlPrefix = name, DisplayName = name, State = TenantState.Uninitialized });
        }

        return await factory.Services.GetRequiredService<ITenantSetupService>().SetupAsync(name, recipeJson, new Dictionary<string, string>
        {
            ["AdminEmail"] = PublicationsPortalFactory.AdminEmail, ["AdminPassword"] = PublicationsPortalFactory.AdminPassword,
            ["ClientSecret"] = PublicationsPortalFactory.ClientSecret,
        });
    }

    public static async Task<ShellSettings> TenantAsync(this PublicationsPortalFactory factory, string name) =>
        await factory.Services.GetRequiredService<IShellSettingsManager>().FindAsync(name)
        ?? throw new InvalidOperationException($"No tenant {name}.");
}
