namespace Portal.Contracts.Diagnostics;

/// <summary>
/// A tenant's message to itself that proves the path outbox → broker → consumer → inbox end to end (operations
/// checks and the outbox fault tests). The host handles it in the tenant's scope; nothing but the inbox row changes.
/// </summary>
public sealed record MessagingProbe(string TenantId, Guid ProbeId, DateTimeOffset SentUtc) : IIntegrationEvent;
