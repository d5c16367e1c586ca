using Microsoft.AspNetCore.Authorization;

namespace Portal.CallRouting.Live.Security;

/// <summary>
/// Telephony events come only from a system: an access token a client obtained for itself (client credentials, so
/// its subject is the client) carrying the <see cref="Scope"/> scope. A signed-in person, or a token issued on a
/// person's behalf, is refused whatever their permissions: people watch the live state, they do not make it up (the
/// simulator is the way to show it moving). The permission on top (the client's roles in the force) is checked by the
/// endpoint's permission policy.
/// </summary>
public sealed class TelephonyClientRequirement : IAuthorizationRequirement
{
    public const string Scope = "routing.events";
}
