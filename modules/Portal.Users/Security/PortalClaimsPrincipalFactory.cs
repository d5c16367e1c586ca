using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;
using Portal.Users.Models;

namespace Portal.Users.Security;

/// <summary>
/// The signed-in principal carries the user's role names, not the roles' permissions: Identity's default factory
/// would copy every role claim into the cookie, where a permission taken away from a role would linger. It also
/// carries the user's vetting level.
/// </summary>
internal sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    public const string DisplayNameClaimType = "name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayNameClaimType, user.DisplayName));
        }

        // Read by the OFFICIAL-SENSITIVE policy; an admin's change renews the stamp, which ends the session.
        identity.AddClaim(new Claim(PortalClaimTypes.VettingLevel, user.VettingLevel.ToString()));

        foreach (var role in await UserManager.GetRolesAsync(user))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        return identity;
    }
}
