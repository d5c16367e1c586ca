namespace Portal.Host.Messaging;

/// <summary>This process among the nodes sharing the broker: names its fan-out endpoint and its outbox claims.</summary>
public sealed class MessagingNode
{
    public string Id { get; } = $"{new string(Environment.MachineName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray())}-{Environment.ProcessId}-{Guid.NewGuid():N}"[..^24];
}
