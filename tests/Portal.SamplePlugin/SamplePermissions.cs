using Portal.Abstractions.Security;

namespace Portal.SamplePlugin;

/// <summary>The sample's one permission, behind its OFFICIAL-SENSITIVE page and API; Administrators hold it.</summary>
public sealed class SamplePermissions : IPermissionProvider
{
    public static readonly Permission ReadSamples = new("ReadSamples", "Read the sample OFFICIAL-SENSITIVE record");

    public IEnumerable<Permission> GetPermissions() => [ReadSamples];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [ReadSamples])];
}
