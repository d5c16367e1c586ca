namespace Portal.Audit.Services;

/// <summary>
/// One per tenant container (a singleton there): appends in this process take turns, so two writers never read the
/// same last entry. The store's transaction is the real guard (on SQLite it takes the write lock before the last
/// entry is read, and the sequence number is the primary key, so a second writer cannot fork the chain); this lock
/// only saves the waiting in the store. Across nodes on PostgreSQL, <see cref="AuditChainLock"/> orders the writers.
/// </summary>
public sealed class AuditWriteLock : IDisposable
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);

    public void Dispose() => Semaphore.Dispose();
}
