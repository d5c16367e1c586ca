namespace Portal.Users.Security;

/// <summary>The permissions each role of the tenant holds (role name, case-insensitive, to permission names).</summary>
internal interface IRolePermissionLookup
{
    Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(CancellationToken cancellationToken);
}
