using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Shell;

namespace Portal.Host.Shell;

/// <summary>
/// A built tenant: its container, its pipeline and the features it was built with. Requests hold a lease;
/// once released, the context is disposed when the last lease ends, so requests in flight finish on it.
/// </summary>
public sealed class ShellContext : IAsyncDisposable
{
    private int _leases;
    private int _released;
    private int _disposed;

    public ShellContext(ShellSettings settings, ServiceProvider services, IReadOnlyList<FeatureInfo> features)
    {
        Settings = settings;
        Services = services;
        Features = features;
    }

    public ShellSettings Settings { get; }
    public ServiceProvider Services { get; }
    public IReadOnlyList<FeatureInfo> Features { get; }
    public RequestDelegate Pipeline { get; internal set; } = _ => Task.CompletedTask;

    public bool IsReleased => Volatile.Read(ref _released) == 1;
    public bool IsDisposed => Volatile.Read(ref _disposed) == 1;
    public int ActiveLeases => Volatile.Read(ref _leases);

    /// <summary>A lease, or null when the context was released meanwhile (then ask the host again).</summary>
    public Lease? TryAcquire()
    {
        Interlocked.Increment(ref _leases);
        if (IsReleased)
        {
            EndLease();
            return null;
        }

        return new Lease(this);
    }

    /// <summary>Marks the context released; it is disposed now if idle, else when its last lease ends.</summary>
    public ValueTask ReleaseAsync()
    {
        Interlocked.Exchange(ref _released, 1);
        return Volatile.Read(ref _leases) == 0 ? DisposeAsync() : ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await Services.DisposeAsync();
        }
    }

    private void EndLease()
    {
        if (Interlocked.Decrement(ref _leases) == 0 && IsReleased)
        {
            // Fire and forget is safe: disposal happens once and nothing waits on it.
            _ = DisposeAsync().AsTask();
        }
    }

    public sealed class Lease(ShellContext context) : IDisposable
    {
        private int _ended;

        public ShellContext Context { get; } = context;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                Context.EndLease();
            }
        }
    }
}
