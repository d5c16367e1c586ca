using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Abstractions.Recipes;
using Portal.OpenId.Models;
using Portal.OpenId.Services;

namespace Portal.OpenId.RecipeSteps;

/// <summary>
/// The <c>openid-clients</c> step: <c>{"name": "openid-clients", "clients": [{"clientId": "{tenant}-automation",
/// "displayName": "...", "secret": "{{ClientSecret}}", "grants": ["client_credentials"], "scopes": [...],
/// "roles": ["Administrator"]}]}</c>. <c>{tenant}</c> in a client id becomes the tenant's name, so one recipe serves
/// every tenant. A client that exists already is left as it is.
/// </summary>
internal sealed class OpenIdClientsRecipeStep(ClientRegistry registry, OpenIdSettings settings) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public string StepName => "openid-clients";

    public void Validate(RecipeStep step, RecipeValidationContext context)
    {
        foreach (var error in Read(step, "tenant", out _))
        {
            context.AddError(step, error);
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var errors = Read(step, context.Tenant.Name.ToLowerInvariant(), out var clients);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{step.Location}: {string.Join(" ", errors)}");
        }

        foreach (var client in clients)
        {
            if (await registry.FindAsync(client.Input.ClientId!, cancellationToken) is not null)
            {
                continue;
            }

            var result = await registry.CreateAsync(client.Input, client.Secret, cancellationToken);
            if (result.Status != ClientOperationStatus.Done)
            {
                throw new InvalidOperationException($"{step.Location}: client '{client.Input.ClientId}': " +
                    string.Join(" ", result.Errors.SelectMany(e => e.Value)));
            }
        }
    }

    private List<string> Read(RecipeStep step, string tenantName, out List<RecipeClient> clients)
    {
        var errors = new List<string>();
        clients = [];
        foreach (var (number, client) in RecipeStepItems.Read<RecipeClient>(step, "clients", "client", Json, errors))
        {
            client.ClientId = client.ClientId?.Replace("{tenant}", tenantName, StringComparison.Ordinal);
            var input = client.Input;
            foreach (var (field, messages) in ClientValidator.Validate(input, settings.AllowPlainHttp, isNew: true, knownScopes: null))
            {
                errors.AddRange(messages.Select(m => $"client {number} ({field}): {m}"));
            }

            if (input.Type == ClientValidator.Confidential && string.IsNullOrEmpty(client.Secret))
            {
                errors.Add($"client {number} (secret): a confidential client needs a \"secret\" (use {{{{ClientSecret}}}}).");
            }

            clients.Add(client);
        }

        return errors;
    }
}
