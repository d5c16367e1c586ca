namespace Portal.CallRouting.Configuration.Services;

public enum RegistryStatus
{
    Done,
    NotFound,
    /// <summary>Field errors: nothing was stored.</summary>
    Invalid,
    /// <summary>The code is taken, or the item is still used by others.</summary>
    Conflict,
    /// <summary>The caller's If-Match names a version that is no longer current.</summary>
    Stale,
}
