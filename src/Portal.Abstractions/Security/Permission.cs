namespace Portal.Abstractions.Security;

/// <summary>
/// A named right a module declares. A user holds it through a role. <see cref="ImpliedBy"/> lets a broader
/// permission grant this one (holding "ManageTenants" implies "ViewTenants").
/// </summary>
public sealed record Permission(string Name, string Description, IReadOnlyList<Permission>? ImpliedBy = null)
{
    public const string ClaimType = "Permission";

    /// <summary>The authorization policy name that requires this permission.</summary>
    public string Policy => PermissionPolicy.Prefix + Name;
}
