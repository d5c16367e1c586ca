namespace Portal.Abstractions.Audit;

/// <summary>
/// Appends to the tenant's audit log (module Portal.Audit, always enabled). Entries are hash-chained: once
/// written, an entry cannot be changed or removed without the chain showing it.
/// </summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}
