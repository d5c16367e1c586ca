namespace Portal.Tenants.Models;

/// <summary>The answer of a re-drive: the message is back on its queue.</summary>
public sealed record RedriveResponse(Guid MessageId, bool Redriven);
