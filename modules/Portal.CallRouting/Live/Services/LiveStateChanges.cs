namespace Portal.CallRouting.Live.Services;

/// <summary>
/// Tells this node's readers that the live state changed here (an event was just applied), so the cached snapshot is
/// taken again at once and the dashboard streams are woken. Changes applied on another node are seen by the next
/// refresh of the cache instead (at most <see cref="CachedLiveState.MaxAge"/> later).
/// </summary>
internal sealed class LiveStateChanges
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Counts every change: a cached snapshot taken at an older count is stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    private long _version;

    public void Notify()
    {
        Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task NextAsync() => Volatile.Read(ref _next).Task;
}
