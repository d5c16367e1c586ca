namespace Portal.CallRouting.Agreements;

/// <summary>A contingency plan a partner force has switched on and told this force about, in force until <see cref="RevertAt"/>.</summary>
public sealed record PartnerContingencyAlert(
    string PartnerTenant,
    Guid ActivationId,
    string PlanCode,
    string PlanName,
    string Queues,
    string Reason,
    string ActivatedBy,
    DateTimeOffset ActivatedAt,
    DateTimeOffset RevertAt);
