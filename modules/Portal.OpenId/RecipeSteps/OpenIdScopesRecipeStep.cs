using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Abstractions.Recipes;
using Portal.OpenId.Models;
using Portal.OpenId.Services;

namespace Portal.OpenId.RecipeSteps;

/// <summary>
/// The <c>openid-scopes</c> step: <c>{"name": "openid-scopes", "scopes": [{"name": "reports.read", "displayName":
/// "...", "description": "...", "resources": ["..."]}]}</c>. Put it before an <c>openid-clients</c> step whose
/// clients are permitted these scopes. A scope that exists already (a built-in one, or from an earlier run) is
/// left as it is.
/// </summary>
internal sealed class OpenIdScopesRecipeStep(ScopeRegistry registry) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public string StepName => "openid-scopes";

    public void Validate(RecipeStep step, RecipeValidationContext context)
    {
        foreach (var error in Read(step, out _))
        {
            context.AddError(step, error);
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var errors = Read(step, out var scopes);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{step.Location}: {string.Join(" ", errors)}");
        }

        foreach (var scope in scopes)
        {
            if (await registry.FindAsync(scope.Name!, cancellationToken) is not null)
            {
                continue;
            }

            var result = await registry.CreateAsync(scope, cancellationToken);
            if (result.Status != ScopeOperationStatus.Done)
            {
                throw new InvalidOperationException($"{step.Location}: scope '{scope.Name}': " +
                    string.Join(" ", result.Errors.SelectMany(e => e.Value)));
            }
        }
    }

    private static List<string> Read(RecipeStep step, out List<ScopeInput> scopes)
    {
        var errors = new List<string>();
        scopes = [];
        foreach (var (number, scope) in RecipeStepItems.Read<ScopeInput>(step, "scopes", "scope", Json, errors))
        {
            foreach (var (field, messages) in ScopeValidator.Validate(scope, isNew: true))
            {
                errors.AddRange(messages.Select(m => $"scope {number} ({field}): {m}"));
            }

            scopes.Add(scope);
        }

        return errors;
    }
}
