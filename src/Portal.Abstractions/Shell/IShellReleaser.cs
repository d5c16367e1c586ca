namespace Portal.Abstractions.Shell;

/// <summary>Drops a tenant's built shell so the next request builds it from the stored settings.</summary>
public interface IShellReleaser
{
    Task ReleaseAsync(string tenantName, CancellationToken cancellationToken = default);
}
