namespace Portal.Contracts.Publications;

/// <summary>
/// <see cref="SourceTenant"/> withdrew its decision report <see cref="Reference"/> for the public
/// <see cref="Reason"/>. Sent to the platform (<see cref="TargetTenant"/> = "Default") so its index shows the notice.
/// </summary>
public sealed record PublicationWithdrawn(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    string Reference,
    string Title,
    string Reason,
    DateTimeOffset WithdrawnAt) : ICrossTenantEvent;
