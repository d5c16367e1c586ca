using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Browser.Tests;

/// <summary>A police force of a test's own, created and set up by a recipe, as the platform sets up any tenant.</summary>
internal static class RecipeTenant
{
    /// <summary>Creates the tenant <paramref name="name"/> under the prefix of the same name and runs <paramref name="recipeJson"/> on it.</summary>
    public static async Task CreateAsync(IServiceProvider host, string name, string recipeJson)
    {
        await host.GetRequiredService<IShellSettingsManager>().CreateAsync(new ShellSettings
        {
            Name = name, UrlPrefix = name, DisplayName = "Browser test police " + name,
        });
        var result = await host.GetRequiredService<ITenantSetupService>().SetupAsync(name, recipeJson, new Dictionary<string, string>());
        Assert.True(result.Succeeded, $"Setting up {name} failed: {string.Join(" ", result.Errors)}");
    }
}
