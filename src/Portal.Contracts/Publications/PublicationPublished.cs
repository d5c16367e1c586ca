namespace Portal.Contracts.Publications;

/// <summary>
/// <see cref="SourceTenant"/> published version <see cref="Version"/> of its decision report <see cref="Reference"/>.
/// Sent to the platform (<see cref="TargetTenant"/> = "Default") for its index across tenants. It carries only what
/// the report's public page shows: headline fields and the change note, never a section or anything of Part 2.
/// </summary>
public sealed record PublicationPublished(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    string Reference,
    string Title,
    string Summary,
    string DecisionMaker,
    DateOnly DecisionDate,
    IReadOnlyList<string> Tags,
    int Version,
    string ChangeNote,
    DateTimeOffset PublishedAt) : ICrossTenantEvent;
