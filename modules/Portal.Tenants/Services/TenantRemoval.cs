using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Tenants.Services;

/// <summary>
/// Removes a tenant with everything it stored, which cannot be undone: the operator confirms by typing the
/// tenant's name, and only a tenant that is switched off (Disabled) or was never set up can go, never the
/// platform itself. The removal is written to the platform's audit log.
/// </summary>
public sealed class TenantRemoval(IShellSettingsManager tenants, ITenantRemover remover, IAuditLog audit, ILogger<TenantRemoval> logger)
{
    public async Task<TenantRemovalResult> RemoveAsync(string name, string? confirm, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return new TenantRemovalResult(NotFound: true);
        }

        if (string.IsNullOrWhiteSpace(confirm))
        {
            return new TenantRemovalResult(ConfirmError: $"Type the tenant's name, {tenant.Name}, to confirm the removal.");
        }

        if (!string.Equals(confirm.Trim(), tenant.Name, StringComparison.Ordinal))
        {
            return new TenantRemovalResult(ConfirmError: $"The name you typed does not match: type {tenant.Name} exactly.");
        }

        if (Refuse(tenant) is { } refusal)
        {
            return new TenantRemovalResult(Refusal: refusal);
        }

        try
        {
            await remover.RemoveAsync(tenant.Name, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return new TenantRemovalResult(NotFound: true);
        }
        catch (TenantConflictException ex)
        {
            return new TenantRemovalResult(Refusal: ex.Message);
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.Tenants, "tenant-removed", AuditOutcome.Success, tenant.Name,
            $"Removed with its store; it was {tenant.State}."), cancellationToken);
        logger.LogWarning("Tenant {Tenant} was removed", tenant.Name);
        return new TenantRemovalResult();
    }

    private static string? Refuse(ShellSettings tenant) => tenant switch
    {
        { IsDefault: true } => "The platform tenant (Default) cannot be removed: it runs the administration.",
        { State: TenantState.Disabled or TenantState.Uninitialized } => null,
        _ => $"Tenant '{tenant.Name}' is {tenant.State}; disable it before removing it.",
    };
}
