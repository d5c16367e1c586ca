namespace Portal.CallRouting.Domain;

/// <summary>
/// The one way a centre's service state changes, whether a person changes it on a page or the telephony platform
/// reports it: each change is stored with its reason and time, audited, and seen by the next routing decision.
/// </summary>
public interface ICentreServiceStates
{
    /// <summary>Every configured centre's current state (Normal for a centre never changed).</summary>
    Task<IReadOnlyDictionary<string, CentreStatus>> CurrentAsync(CancellationToken cancellationToken);

    /// <returns>The new status, or null when no centre has that code (nothing is stored then).</returns>
    Task<CentreStatus?> ChangeAsync(string centreCode, CentreServiceState state, string reason, string changedBy, CancellationToken cancellationToken);
}
