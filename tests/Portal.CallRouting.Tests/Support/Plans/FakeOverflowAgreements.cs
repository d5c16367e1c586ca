using Portal.CallRouting.Agreements;

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>The usable agreements for the plan tests: <see cref="PlanSamples.Agreement"/> until a test changes them.</summary>
public sealed class FakeOverflowAgreements : IOverflowAgreements
{
    public IReadOnlyList<OverflowAgreementTerms> Usable { get; set; } = [PlanSamples.Agreement with { ExpiresAt = DateTimeOffset.UtcNow.AddYears(1) }];

    public Task<IReadOnlyList<OverflowAgreementTerms>> UsableAsync(CancellationToken cancellationToken) => Task.FromResult(Usable);
}
