namespace Portal.Abstractions.Platform;

/// <summary>
/// Removes a tenant for good: its shell is released, its store dropped (on PostgreSQL its schema with everything
/// in it and its login role; on SQLite its directory), and its record deleted from the platform store. Only a
/// Disabled or Uninitialized tenant, never the platform (Default) tenant: otherwise
/// <see cref="TenantConflictException"/>; an unknown tenant is <see cref="KeyNotFoundException"/>.
/// </summary>
public interface ITenantRemover
{
    Task RemoveAsync(string name, CancellationToken cancellationToken = default);
}
