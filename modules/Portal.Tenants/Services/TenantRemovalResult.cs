namespace Portal.Tenants.Services;

/// <summary>A removal: done; or not found; or the confirmation was missing or wrong; or refused (a conflict).</summary>
public sealed record TenantRemovalResult(bool NotFound = false, string? ConfirmError = null, string? Refusal = null)
{
    public bool Succeeded => !NotFound && ConfirmError is null && Refusal is null;
}
