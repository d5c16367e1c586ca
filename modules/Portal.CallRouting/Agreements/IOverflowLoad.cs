namespace Portal.CallRouting.Agreements;

/// <summary>
/// The calls this force has overflowed and that still wait at the partner, per agreement id: what the evaluator holds
/// against each agreement's maximum concurrent calls.
/// </summary>
public interface IOverflowLoad
{
    /// <param name="exceptCallId">The call being decided, when it has an id: a retry of a call already sent is not held
    /// against its own agreement, so it gets the same answer again.</param>
    Task<IReadOnlyDictionary<string, int>> InProgressAsync(string? exceptCallId, CancellationToken cancellationToken);
}
