using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Shell;

namespace Portal.Host.Recipes;

/// <summary>
/// Runs a setup recipe for a tenant. Order: parse; apply the settings steps (features, theme, settings) to a
/// copy of the tenant's settings; build a throw-away shell with those features and let each module step's
/// handler validate its step; only then change anything: provision the tenant's store (on PostgreSQL its role and
/// schema), activate, run the steps. A failure after that point removes the tenant's store (schema and role) and
/// leaves it Uninitialized with the reason, so a tenant is never half set up.
/// </summary>
internal sealed class TenantSetupService(
    IShellSettingsManager tenants,
    ShellHost shells,
    ShellActivator activator,
    PlatformStore platform,
    TenantStores stores,
    IEnumerable<ISettingsStep> settingsSteps,
    ILogger<TenantSetupService> logger) : ITenantSetupService
{
    public async Task<IReadOnlyList<string>> ValidateAsync(string tenantName, string recipeJson, CancellationToken cancellationToken = default)
    {
        var settings = await tenants.FindAsync(tenantName, cancellationToken) ?? new ShellSettings { Name = tenantName };
        var (_, _, errors) = Prepare(settings, recipeJson, PlaceholderVariables.Instance);
        return errors;
    }

    public async Task<SetupResult> SetupAsync(string tenantName, string recipeJson, IReadOnlyDictionary<string, string> variables,
        CancellationToken cancellationToken = default)
    {
        var settings = await tenants.FindAsync(tenantName, cancellationToken)
            ?? throw new KeyNotFoundException($"No tenant named '{tenantName}'.");
        if (settings.State is TenantState.Running or TenantState.Initializing)
        {
            return new SetupResult(false, [$"Tenant '{tenantName}' is {settings.State}; only an uninitialized tenant can be set up."]);
        }

        var (target, moduleSteps, errors) = Prepare(settings, recipeJson, variables);
        if (errors.Count > 0)
        {
            await RecordFailureAsync(settings.Name, errors, cancellationToken);
            return new SetupResult(false, errors);
        }

        var initializing = await tenants.UpdateAsync(target with { State = TenantState.Initializing, SetupError = null }, cancellationToken);
        ShellContext? shell = null;
        try
        {
            await stores.ProvisionAsync(initializing, cancellationToken);
            shell = shells.BuildDetached(initializing with { State = TenantState.Running });
            await activator.ActivateAsync(shell, cancellationToken);
            foreach (var featureId in shell.Features.Select(f => f.Id))
            {
                await ShellActivator.RaiseAsync(shell, (h, ct) => h.EnabledAsync(featureId, ct), cancellationToken);
            }

            var context = new RecipeExecutionContext(initializing, variables);
            foreach (var step in moduleSteps)
            {
                await using var scope = shell.Services.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetServices<IRecipeStepHandler>().First(h => h.StepName == step.Name);
                await handler.ExecuteAsync(step, context, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Setup of tenant {Tenant} failed; its store is removed and it stays uninitialized", tenantName);
            if (shell is not null)
            {
                await shell.DisposeAsync();
                shell = null;
            }

            await DeleteStoreAsync(initializing, cancellationToken);
            await ResetInstalledAsync(tenantName, cancellationToken);
            await RecordFailureAsync(tenantName, [$"The setup failed: {ex.Message}"], cancellationToken);
            return new SetupResult(false, [ex.Message]);
        }
        finally
        {
            if (shell is not null)
            {
                await shell.DisposeAsync();
            }
        }

        var current = await tenants.FindAsync(tenantName, cancellationToken) ?? initializing;
        await tenants.UpdateAsync(current with { State = TenantState.Running, SetupError = null }, cancellationToken);
        logger.LogInformation("Tenant {Tenant} is set up with {FeatureCount} features", tenantName, target.EnabledFeatures.Count);
        return SetupResult.Success;
    }

    private (ShellSettings Target, List<RecipeStep> ModuleSteps, List<string> Errors) Prepare(
        ShellSettings settings, string recipeJson, IReadOnlyDictionary<string, string> variables)
    {
        var errors = new List<string>();
        var recipe = RecipeParser.Parse(recipeJson, variables, errors);
        if (recipe is null)
        {
            return (settings, [], errors);
        }

        if (recipe.ForDefaultTenant != settings.IsDefault)
        {
            errors.Add(recipe.ForDefaultTenant
                ? $"The recipe '{recipe.Name}' sets up the platform (Default) tenant only."
                : $"The recipe '{recipe.Name}' sets up a tenant, not the platform.");
            return (settings, [], errors);
        }

        var target = settings with { SetupRecipe = recipe.Name };
        var moduleSteps = new List<RecipeStep>();
        foreach (var step in recipe.Steps)
        {
            if (settingsSteps.FirstOrDefault(s => s.StepName == step.Name) is { } settingsStep)
            {
                target = settingsStep.Apply(step, target, errors);
            }
            else
            {
                moduleSteps.Add(step);
            }
        }

        if (errors.Count == 0 && moduleSteps.Count > 0)
        {
            ValidateModuleSteps(target, moduleSteps, recipe.Name, errors);
        }

        return (target, moduleSteps, errors);
    }

    // The handlers come from a shell built (not activated, nothing written) with the features the recipe enables.
    private void ValidateModuleSteps(ShellSettings target, List<RecipeStep> steps, string recipeName, List<string> errors)
    {
        var shell = shells.BuildDetached(target with { State = TenantState.Initializing });
        try
        {
            using var scope = shell.Services.CreateScope();
            var handlers = scope.ServiceProvider.GetServices<IRecipeStepHandler>().ToDictionary(h => h.StepName, StringComparer.Ordinal);
            var validation = new RecipeValidationContext(recipeName);
            foreach (var step in steps)
            {
                if (handlers.TryGetValue(step.Name, out var handler))
                {
                    handler.Validate(step, validation);
                }
                else
                {
                    validation.AddError(step, $"no enabled feature handles the step '{step.Name}'.");
                }
            }

            errors.AddRange(validation.Errors);
        }
        finally
        {
            shell.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task RecordFailureAsync(string tenantName, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var current = await tenants.FindAsync(tenantName, cancellationToken);
        if (current is not null)
        {
            await tenants.UpdateAsync(current with { State = TenantState.Uninitialized, SetupError = string.Join(" ", errors) }, cancellationToken);
        }
    }

    private async Task DeleteStoreAsync(ShellSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await stores.DeleteAfterFailedSetupAsync(settings, cancellationToken);
        }
        catch (Exception ex)
        {
            // The setup's own failure is what the operator must see; a retried setup provisions over what is left.
            logger.LogError(ex, "The store of tenant {Tenant} could not be removed after its failed setup", settings.Name);
        }
    }

    private async Task ResetInstalledAsync(string tenantName, CancellationToken cancellationToken)
    {
        await using var db = platform.CreateContext();
        var record = await db.Tenants.FirstOrDefaultAsync(t => t.Name == tenantName, cancellationToken);
        if (record is not null)
        {
            record.InstalledFeatures = [];
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
