using Microsoft.AspNetCore.Identity;
using Portal.Abstractions.Security;
using Portal.Users.Models;

namespace Portal.Users.Security;

/// <summary>
/// The account check other modules use (the OpenID server, before it renews a user's tokens): the same stamp the
/// session store compares, so tokens end on the same changes as sessions (password, vetting, roles, lock, delete).
/// </summary>
internal sealed class UserAccountStatus(UserManager<PortalUser> users) : IUserAccountStatus
{
    public async Task<string?> CurrentStampAsync(string userId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(userId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        return await users.GetSecurityStampAsync(user);
    }
}
