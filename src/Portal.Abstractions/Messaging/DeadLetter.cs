namespace Portal.Abstractions.Messaging;

/// <summary>A message that exhausted its retries (or was rejected) and waits in an error queue.</summary>
public sealed record DeadLetter(
    Guid MessageId,
    string MessageType,
    string? Tenant,
    string Queue,
    string Error,
    DateTimeOffset? FaultedUtc);
