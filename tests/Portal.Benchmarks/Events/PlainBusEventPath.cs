using System.Collections.Concurrent;
using MassTransit;

namespace Portal.Benchmarks.Events;

/// <summary>
/// The baseline: a plain MassTransit bus on the same broker, publishing <see cref="BenchProbe"/> to a consumer on a
/// queue of its own (auto-deleted when the bus stops), the consumer doing nothing but count. What the broker and
/// MassTransit cost on their own, without outbox, tenant scope or inbox.
/// </summary>
public sealed class PlainBusEventPath(RabbitSettings rabbit) : IEventPath, IAsyncDisposable
{
    private readonly ConcurrentQueue<long> _handledUnixMs = new();
    private IBusControl? _bus;

    public string Name => "plain MassTransit";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (host, port) = rabbit.HostAndPort();
        var handled = _handledUnixMs;
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(host, port, rabbit.VirtualHost, h =>
            {
                h.Username(rabbit.Username);
                h.Password(rabbit.Password);
            });
            cfg.ReceiveEndpoint($"portal-bench-events-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                e.Handler<BenchProbe>(_ =>
                {
                    handled.Enqueue(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                    return Task.CompletedTask;
                });
            });
        });
        await _bus.StartAsync(cancellationToken);
    }

    public async Task<bool> SendBatchAsync(long index, int size, CancellationToken cancellationToken)
    {
        var bus = _bus ?? throw new InvalidOperationException("Start the bus first.");
        await Task.WhenAll(Enumerable.Range(0, size).Select(_ => bus.Publish(new BenchProbe("bench", Guid.NewGuid(), DateTimeOffset.UtcNow), cancellationToken)));
        return true;
    }

    public Task<HandledCount> CountAsync(long untilUnixMs, CancellationToken cancellationToken)
    {
        var snapshot = _handledUnixMs.ToArray();
        return Task.FromResult(new HandledCount(snapshot.LongLength, snapshot.LongCount(t => t <= untilUnixMs), snapshot.Length == 0 ? 0 : snapshot.Max()));
    }

    public async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }
    }
}
