namespace Portal.CallRouting.Agreements;

/// <summary>The overflow agreements this force may route calls under now: accepted, not revoked, not expired.</summary>
public interface IOverflowAgreements
{
    Task<IReadOnlyList<OverflowAgreementTerms>> UsableAsync(CancellationToken cancellationToken);
}
