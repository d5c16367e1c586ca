namespace Portal.Host.Messaging;

/// <summary>
/// A message that must not be handled (tenant header and body disagree, unknown or disabled tenant, a
/// cross-tenant event without agreement). Not retried: it goes straight to the error queue, and is logged.
/// </summary>
public sealed class MessageRejectedException(string message) : Exception(message);
