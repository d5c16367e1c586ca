using System.Threading.Channels;

namespace Portal.Host.Messaging;

/// <summary>Wakes the dispatcher after a commit, naming the store that has new rows (null = the platform store).</summary>
public sealed class OutboxSignal
{
    private readonly Channel<string?> _channel = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });

    public void Wake(string? tenant) => _channel.Writer.TryWrite(tenant);

    internal ChannelReader<string?> Reader => _channel.Reader;
}
