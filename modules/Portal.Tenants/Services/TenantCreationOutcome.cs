namespace Portal.Tenants.Services;

public enum TenantCreationOutcome
{
    /// <summary>Created and set up: the tenant is Running.</summary>
    Created,
    /// <summary>The request (or its recipe) is invalid; nothing was created.</summary>
    Invalid,
    /// <summary>The name, prefix or a host is taken; nothing was created.</summary>
    Conflict,
    /// <summary>Created, but its recipe failed while running: the tenant is Uninitialized with the reason.</summary>
    SetupFailed,
}
