using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Tenants.Services;

/// <summary>
/// Switches a tenant off (Disabled: its requests get 503 with Retry-After) and on again (Running). The platform
/// tenant cannot be switched off (it holds this very page), and a tenant that was never set up cannot be switched
/// on: it has nothing to run. Saving releases the tenant's shell on every node.
/// </summary>
public sealed class TenantStateChanger(IShellSettingsManager tenants, ILogger<TenantStateChanger> logger)
{
    public Task<TenantStateChangeResult> DisableAsync(string name, string? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(name, expectedVersion, TenantState.Disabled, cancellationToken);

    public Task<TenantStateChangeResult> EnableAsync(string name, string? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(name, expectedVersion, TenantState.Running, cancellationToken);

    private async Task<TenantStateChangeResult> ChangeAsync(string name, string? expectedVersion, TenantState target, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return new TenantStateChangeResult(null, NotFound: true);
        }

        if (expectedVersion is not null && expectedVersion != tenant.VersionId)
        {
            return new TenantStateChangeResult(tenant, Refusal: $"Tenant '{name}' was changed by someone else; reload and try again.");
        }

        if (Refuse(tenant, target) is { } refusal)
        {
            return new TenantStateChangeResult(tenant, Refusal: refusal);
        }

        if (tenant.State == target)
        {
            return new TenantStateChangeResult(tenant);
        }

        try
        {
            var saved = await tenants.UpdateAsync(tenant with { State = target }, cancellationToken);
            logger.LogInformation("Tenant {Tenant} is now {State}", name, target);
            return new TenantStateChangeResult(saved);
        }
        catch (TenantConflictException ex)
        {
            return new TenantStateChangeResult(tenant, Refusal: ex.Message);
        }
    }

    private static string? Refuse(ShellSettings tenant, TenantState target) => (target, tenant.State) switch
    {
        (TenantState.Disabled, _) when tenant.IsDefault => "The platform tenant (Default) cannot be disabled: it runs the administration.",
        (TenantState.Disabled, TenantState.Uninitialized or TenantState.Initializing) =>
            $"Tenant '{tenant.Name}' is {tenant.State}; only a tenant that is set up can be disabled.",
        (TenantState.Running, TenantState.Uninitialized or TenantState.Initializing) =>
            $"Tenant '{tenant.Name}' is {tenant.State}: it has not been set up, so there is nothing to enable.",
        _ => null,
    };
}
