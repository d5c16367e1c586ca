using System.Collections.Concurrent;
using MassTransit;
using Portal.Abstractions.Messaging;

namespace Portal.Host.Messaging;

/// <summary>
/// The in-memory transport's error queues cannot be browsed, so this observer records each message that ended
/// in one (after its retries) with what is needed to send it back. One process, so one record is the truth.
/// </summary>
internal sealed class InMemoryDeadLetterQueue(Lazy<IBus> bus, TimeProvider clock) : IDeadLetterQueue, IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, Recorded> _faults = new();

    public string Source => "in-memory bus (faults recorded by this node)";

    public Task<IReadOnlyList<DeadLetter>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeadLetter>>(_faults.Values.Select(r => r.Letter).OrderBy(l => l.FaultedUtc).Take(limit).ToList());

    public async Task<bool> RedriveAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        if (!_faults.TryRemove(messageId, out var recorded))
        {
            return false;
        }

        var endpoint = await bus.Value.GetSendEndpoint(recorded.InputAddress);
        await endpoint.Send(recorded.Message, recorded.Message.GetType(), Pipe.Execute<SendContext>(context =>
        {
            context.MessageId = messageId;
            foreach (var (key, value) in recorded.Headers)
            {
                context.Headers.Set(key, value);
            }
        }), cancellationToken);
        return true;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class
    {
        if (context.MessageId is { } id)
        {
            var tenant = context.Headers.Get<string>(PortalMessageHeaders.Tenant);
            var headers = new[] { PortalMessageHeaders.Tenant, PortalMessageHeaders.Node }
                .Select(h => (h, context.Headers.Get<string>(h)))
                .Where(h => h.Item2 is not null)
                .Select(h => (h.h, h.Item2!))
                .ToList();
            var queue = context.ReceiveContext.InputAddress;
            _faults[id] = new Recorded(
                new DeadLetter(id, typeof(T).FullName ?? typeof(T).Name, tenant, queue.AbsolutePath.Trim('/') + "_error",
                    $"{exception.GetType().Name}: {exception.Message}", clock.GetUtcNow()),
                context.Message, queue, headers);
        }

        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;

    private sealed record Recorded(DeadLetter Letter, object Message, Uri InputAddress, IReadOnlyList<(string Key, string Value)> Headers);
}
