namespace Portal.Abstractions.Shell;

public enum TenantState
{
    /// <summary>Created but not (successfully) set up; requests get 503 and the admin sees why.</summary>
    Uninitialized,
    /// <summary>Its setup recipe is running.</summary>
    Initializing,
    Running,
    /// <summary>Switched off by a platform admin; requests get 503 with Retry-After.</summary>
    Disabled,
}
