using Portal.Abstractions.Shell;

namespace Portal.Tenants.Services;

/// <summary>
/// What creating a tenant came to. <see cref="Errors"/> are keyed by request field; <see cref="AdminPassword"/>
/// is set only when the tenant was set up, and is the only copy of it anywhere.
/// </summary>
public sealed record TenantCreationResult(
    TenantCreationOutcome Outcome,
    IReadOnlyDictionary<string, string[]> Errors,
    ShellSettings? Tenant = null,
    string? AdminEmail = null,
    string? AdminPassword = null)
{
    public static TenantCreationResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(TenantCreationOutcome.Invalid, errors);

    public static TenantCreationResult Conflict(string field, string message) =>
        new(TenantCreationOutcome.Conflict, new Dictionary<string, string[]> { [field] = [message] });
}
