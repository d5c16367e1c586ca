namespace Portal.CallRouting.Agreements;

/// <summary>
/// The calls this force has overflowed and that still wait at the partner, per agreement id: what the evaluator holds
/// against each agreement's maximum concurrent calls.
/// </summary>
public interface IOverflowLoad
{
    Task<IReadOnlyDictionary<string, int>> InProgressAsync(CancellationToken cancellationToken);
}
