using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Shell;

namespace Portal.Tenants.Services;

/// <summary>
/// The <c>tenants</c> recipe step (platform recipes only):
/// <c>{"name": "tenants", "tenants": [{"name": "met", "displayName": "...", "urlPrefix": "met", "hosts": [], "recipe": "police-force"}]}</c>.
/// Each tenant is created and set up with its recipe, given the same setup variables as the platform, so a demo's
/// administrator signs in to every tenant with one set of credentials. A tenant that already exists and was set up
/// is left alone (running the recipe again is harmless); one that failed before is set up again.
/// </summary>
public sealed class TenantsRecipeStep(
    IShellSettingsManager tenants,
    ITenantSetupService setup,
    IRecipeCatalog recipes,
    ILogger<TenantsRecipeStep> logger) : IRecipeStepHandler
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal) { "name", "displayName", "urlPrefix", "hosts", "recipe" };

    public string StepName => "tenants";

    public void Validate(RecipeStep step, RecipeValidationContext context)
    {
        if (step.Data["tenants"] is not JsonArray entries)
        {
            context.AddError(step, "\"tenants\" must be an array of tenants.");
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            if (Read(entries[i], out var entry) is { } shapeError)
            {
                context.AddError(step, $"tenant {i + 1}: {shapeError}");
                continue;
            }

            var where = $"tenant {i + 1} ('{entry.Name}')";
            if (TenantNames.Validate(entry.Name) is { } nameError)
            {
                context.AddError(step, $"{where}: {nameError}");
            }
            else if (!names.Add(entry.Name))
            {
                context.AddError(step, $"{where}: the name is given twice.");
            }

            if (entry.UrlPrefix is { } prefix)
            {
                if (TenantNames.Validate(prefix) is { } prefixError)
                {
                    context.AddError(step, $"{where}: URL prefix: {prefixError}");
                }
                else if (!prefixes.Add(prefix))
                {
                    context.AddError(step, $"{where}: the URL prefix '{prefix}' is given twice.");
                }
            }

            foreach (var hostError in entry.Hosts.Select(HostNameRules.Validate).OfType<string>())
            {
                context.AddError(step, $"{where}: {hostError}");
            }

            var recipe = recipes.Find(entry.Recipe);
            if (recipe is null)
            {
                context.AddError(step, $"{where}: there is no recipe named '{entry.Recipe}'.");
            }
            else if (recipe.ForDefaultTenant)
            {
                context.AddError(step, $"{where}: the recipe '{recipe.Name}' sets up the platform, not a tenant.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var node in (JsonArray)step.Data["tenants"]!)
        {
            Read(node, out var entry);
            var existing = await tenants.FindAsync(entry.Name, cancellationToken);
            if (existing is { State: TenantState.Running or TenantState.Disabled })
            {
                logger.LogInformation("Recipe step tenants: tenant {Tenant} is already set up; left as it is", entry.Name);
                continue;
            }

            existing ??= await tenants.CreateAsync(new ShellSettings
            {
                Name = entry.Name,
                DisplayName = entry.DisplayName ?? entry.Name,
                UrlPrefix = entry.UrlPrefix,
                Hosts = entry.Hosts,
                State = TenantState.Uninitialized,
            }, cancellationToken);

            var recipe = recipes.Find(entry.Recipe)!;
            var result = await setup.SetupAsync(existing.Name, recipe.Json, context.Variables, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The tenant '{entry.Name}' could not be set up with the recipe '{recipe.Name}': {string.Join(" ", result.Errors)}");
            }

            logger.LogInformation("Recipe step tenants: tenant {Tenant} is set up with recipe {Recipe}", entry.Name, recipe.Name);
        }
    }

    /// <summary>Reads one entry; the reason when it is not shaped as a tenant.</summary>
    private static string? Read(JsonNode? node, out TenantEntry entry)
    {
        entry = new TenantEntry("", null, null, [], "");
        if (node is not JsonObject obj)
        {
            return "each tenant is an object.";
        }

        if (obj.Select(p => p.Key).FirstOrDefault(k => !KnownFields.Contains(k)) is { } unknown)
        {
            return $"'{unknown}' is not a field of a tenant (use {string.Join(", ", KnownFields)}).";
        }

        var name = Text(obj["name"]);
        var recipe = Text(obj["recipe"]);
        if (name is null || recipe is null)
        {
            return "\"name\" and \"recipe\" are required text fields.";
        }

        if (obj["hosts"] is { } hostsNode && (hostsNode is not JsonArray hostArray || hostArray.Any(h => Text(h) is null)))
        {
            return "\"hosts\" must be an array of host names.";
        }

        var hosts = (obj["hosts"] as JsonArray)?.Select(h => Text(h)!.Trim().ToLowerInvariant()).ToList() ?? [];
        var prefix = Text(obj["urlPrefix"]);
        prefix = string.IsNullOrWhiteSpace(prefix) ? (hosts.Count == 0 ? name : null) : prefix;
        entry = new TenantEntry(name, Text(obj["displayName"]), prefix, hosts, recipe);
        return null;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private sealed record TenantEntry(string Name, string? DisplayName, string? UrlPrefix, IReadOnlyList<string> Hosts, string Recipe);
}
