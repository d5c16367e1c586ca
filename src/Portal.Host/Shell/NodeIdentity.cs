namespace Portal.Host.Shell;

/// <summary>
/// This process among the portal's nodes. Signals carry it so that a node ignores its own (it has already
/// applied the change); the random part keeps two processes on one machine apart, even with a reused PID.
/// </summary>
public sealed class NodeIdentity
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
