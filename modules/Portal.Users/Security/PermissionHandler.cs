using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Security;

namespace Portal.Users.Security;

/// <summary>
/// Decides every "Permission:X" policy of the tenant. An Administrator holds every permission; anyone else holds
/// what their roles were given, directly or through a broader permission that implies it. The roles come from the
/// signed-in principal (refreshed by the security stamp check); what the roles grant comes from the store.
/// </summary>
internal sealed class PermissionHandler(IRolePermissionLookup roles) : RequirementHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await HoldsAsync(context.User, requirement.Permission, roles))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>Whether the principal's roles grant the permission (also asked by the OFFICIAL-SENSITIVE handler).</summary>
    internal static async Task<bool> HoldsAsync(ClaimsPrincipal user, Permission permission, IRolePermissionLookup roles)
    {
        // Each identity says which claim type carries its roles (cookies and access tokens differ).
        var userRoles = user.Identities
            .Where(i => i.IsAuthenticated)
            .SelectMany(i => i.FindAll(i.RoleClaimType))
            .Select(c => c.Value)
            .ToList();
        if (userRoles.Count == 0)
        {
            return false;
        }

        if (userRoles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var granting = PermissionGrants.NamesGranting(permission);
        var held = await roles.GetAsync(CancellationToken.None);
        return userRoles.Any(role => held.TryGetValue(role, out var permissions) && permissions.Overlaps(granting));
    }
}
