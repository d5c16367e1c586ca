using Microsoft.AspNetCore.Authorization;

namespace Portal.Abstractions.Security;

/// <summary>Vetting, recent second factor or sensitive-scoped token; paired with a <see cref="PermissionRequirement"/>.</summary>
public sealed class OfficialSensitiveRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}
