using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Shell;

namespace Portal.Host;

/// <summary>
/// At start-up: migrate the platform store, load every tenant into the shell table, and on an empty platform
/// create the Default tenant and run <c>Portal:Setup:Recipe</c>. Runs before the server accepts requests.
/// </summary>
internal sealed class PlatformInitializer(
    PlatformStore store,
    IShellSettingsManager tenants,
    ShellHost shells,
    ITenantSetupService setup,
    IRecipeCatalog recipes,
    IOptions<PortalOptions> options,
    ILogger<PlatformInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<ShellSettings> all = [];
        await StoreStartupWait.RunAsync(async ct =>
        {
            await store.MigrateAsync(ct);
            all = await tenants.LoadAllAsync(ct);
        }, TimeSpan.FromSeconds(options.Value.Database.StartupWaitSeconds), logger, cancellationToken);
        foreach (var tenant in all)
        {
            shells.Table.AddOrUpdate(tenant);
        }

        if (all.Count == 0)
        {
            await SetUpPlatformAsync(cancellationToken);
        }

        if (options.Value.Shells.Warmup)
        {
            foreach (var tenant in shells.Table.All.Where(t => t.State == TenantState.Running))
            {
                await shells.GetOrCreateAsync(tenant);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SetUpPlatformAsync(CancellationToken cancellationToken)
    {
        await tenants.CreateAsync(new ShellSettings { Name = ShellSettings.DefaultName, DisplayName = "Portal" }, cancellationToken);
        var recipeName = options.Value.Setup.Recipe;
        if (string.IsNullOrWhiteSpace(recipeName))
        {
            logger.LogWarning("The platform is empty and Portal:Setup:Recipe is not set: the Default tenant stays uninitialized");
            return;
        }

        var recipe = recipes.Find(recipeName) ?? throw new InvalidOperationException($"Portal:Setup:Recipe names '{recipeName}', which no module ships.");
        var result = await setup.SetupAsync(ShellSettings.DefaultName, recipe.Json, SetupVariables(), cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The platform setup recipe '{recipeName}' failed: {string.Join(" ", result.Errors)}");
        }

        logger.LogInformation("The platform was set up with the recipe {Recipe}", recipeName);
    }

    private Dictionary<string, string> SetupVariables()
    {
        var setupOptions = options.Value.Setup;
        var email = string.IsNullOrWhiteSpace(setupOptions.AdminEmail) ? "admin@portal.localhost" : setupOptions.AdminEmail;
        var password = setupOptions.AdminPassword;
        if (string.IsNullOrWhiteSpace(password))
        {
            password = GeneratePassword();
            // Written once to the console, never to the log pipeline, so it does not end up in log stores.
            Console.WriteLine($"Portal: generated administrator password for {email}: {password}");
            Console.WriteLine("Portal: it is shown only now; set Portal:Setup:AdminPassword to choose one.");
        }

        var variables = new Dictionary<string, string> { ["AdminEmail"] = email, ["AdminPassword"] = password };
        variables["ClientSecret"] = string.IsNullOrWhiteSpace(setupOptions.ClientSecret) ? GeneratePassword() : setupOptions.ClientSecret;
        return variables;
    }

    private static string GeneratePassword()
    {
        // 20 random characters from upper, lower, digits and symbols, with one of each class guaranteed.
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "!#%*+-=?@";
        const string all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 16).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
    }
}
