namespace Portal.Publications.Sensitive.Services;

public enum GrantOutcomeStatus
{
    /// <summary>A new grant was stored.</summary>
    Granted,

    /// <summary>The person already held it; nothing changed.</summary>
    AlreadyHeld,

    /// <summary>The grant was taken away.</summary>
    Revoked,

    /// <summary>No report has that reference, or (revoking) the person holds no grant for it.</summary>
    NotFound,

    /// <summary>The grantee is neither an email nor "client:&lt;id&gt;".</summary>
    InvalidGrantee,
}
