namespace Portal.Host.Messaging.Data;

/// <summary>
/// One handler having handled one message in this tenant. The key (message id, handler) makes a redelivered
/// message skip the handlers that already ran; the row is written in the same transaction as the handler's change.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    /// <summary>The handler's type name.</summary>
    public string Handler { get; set; } = "";

    public string Type { get; set; } = "";

    public long HandledUnixMs { get; set; }
}
