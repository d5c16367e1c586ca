using System.Threading.Channels;

namespace Portal.CallRouting.Live.Services;

/// <summary>One dashboard stream's feed: the latest message waiting, if any. Dispose to stop receiving.</summary>
internal sealed class LiveStateSubscription(ChannelReader<LiveStateMessage> messages, Action unsubscribe) : IDisposable
{
    public ChannelReader<LiveStateMessage> Messages { get; } = messages;

    public void Dispose() => unsubscribe();
}
