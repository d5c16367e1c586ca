using Portal.Abstractions.Messaging;

namespace Portal.Tenants.Models;

/// <summary>The answer of <c>GET /api/health/errors</c>: where the messages were read, and the messages, oldest first.</summary>
public sealed record ErrorQueueResponse(string Source, IReadOnlyList<DeadLetter> Messages);
