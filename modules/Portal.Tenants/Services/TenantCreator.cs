using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Tenants.Models;

namespace Portal.Tenants.Services;

/// <summary>
/// Creates a tenant and sets it up from a recipe, for the API and the admin pages alike. Everything that can be
/// checked is checked first (fields, then the recipe against the features it would enable), so a refused request
/// leaves no tenant behind. The first administrator gets a generated password, handed back once.
/// </summary>
public sealed class TenantCreator(
    TenantRequestValidator validator,
    IShellSettingsManager tenants,
    ITenantSetupService setup,
    ILogger<TenantCreator> logger)
{
    public async Task<TenantCreationResult> CreateAsync(CreateTenantRequest request, CancellationToken cancellationToken)
    {
        var (input, errors) = validator.Validate(request);
        if (errors.Count > 0)
        {
            return TenantCreationResult.Invalid(errors);
        }

        if (FindConflict(input, await tenants.LoadAllAsync(cancellationToken)) is { } conflict)
        {
            return conflict;
        }

        var recipeField = input.RecipeName is null ? "recipeJson" : "recipe";
        var recipeErrors = await setup.ValidateAsync(input.Name, input.RecipeJson, cancellationToken);
        if (recipeErrors.Count > 0)
        {
            return TenantCreationResult.Invalid(new Dictionary<string, string[]> { [recipeField] = recipeErrors.ToArray() });
        }

        ShellSettings created;
        try
        {
            created = await tenants.CreateAsync(new ShellSettings
            {
                Name = input.Name,
                DisplayName = input.DisplayName,
                UrlPrefix = input.UrlPrefix,
                Hosts = input.Hosts,
                State = TenantState.Uninitialized,
            }, cancellationToken);
        }
        catch (TenantConflictException ex)
        {
            return TenantCreationResult.Conflict(FieldOf(ex.Message), ex.Message);
        }

        // Kept in memory only: passed to the recipe (which stores its hash) and returned once to the caller.
        var password = AdminPasswordGenerator.Generate();
        var variables = new Dictionary<string, string>
        {
            ["AdminEmail"] = input.AdminEmail,
            ["AdminPassword"] = password,
            ["ClientSecret"] = AdminPasswordGenerator.Generate(32),
        };

        // Once the tenant exists its setup runs to the end even if the caller goes away: a cancelled setup would
        // only leave it uninitialized with "operation cancelled" as the reason.
        var result = await setup.SetupAsync(created.Name, input.RecipeJson, variables, CancellationToken.None);
        var current = await tenants.FindAsync(created.Name, CancellationToken.None) ?? created;
        if (!result.Succeeded)
        {
            logger.LogWarning("Tenant {Tenant} was created but its setup failed; it stays uninitialized", created.Name);
            return new TenantCreationResult(TenantCreationOutcome.SetupFailed,
                new Dictionary<string, string[]> { [recipeField] = result.Errors.ToArray() }, current);
        }

        logger.LogInformation("Tenant {Tenant} was created and set up with recipe {Recipe}", created.Name, current.SetupRecipe);
        return new TenantCreationResult(TenantCreationOutcome.Created, new Dictionary<string, string[]>(), current, input.AdminEmail, password);
    }

    // Checked here to name the field; the store checks again when it saves, for the race with another node.
    private static TenantCreationResult? FindConflict(NormalisedTenantRequest input, IReadOnlyList<ShellSettings> all)
    {
        if (all.Any(t => string.Equals(t.Name, input.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return TenantCreationResult.Conflict("name", $"A tenant named '{input.Name}' already exists.");
        }

        if (!string.IsNullOrEmpty(input.UrlPrefix) && all.Any(t => string.Equals(t.UrlPrefix, input.UrlPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            return TenantCreationResult.Conflict("urlPrefix", $"The URL prefix '{input.UrlPrefix}' is already used by another tenant.");
        }

        var taken = input.Hosts.FirstOrDefault(h => all.Any(t => t.Hosts.Contains(h, StringComparer.OrdinalIgnoreCase)
            && string.Equals(t.UrlPrefix ?? "", input.UrlPrefix ?? "", StringComparison.OrdinalIgnoreCase)));
        return taken is null
            ? null
            : TenantCreationResult.Conflict("hosts", $"The host '{taken}' with this URL prefix is already used by another tenant.");
    }

    private static string FieldOf(string conflictMessage) =>
        conflictMessage.StartsWith("The host", StringComparison.Ordinal) ? "hosts"
        : conflictMessage.StartsWith("The URL prefix", StringComparison.Ordinal) ? "urlPrefix"
        : "name";
}
