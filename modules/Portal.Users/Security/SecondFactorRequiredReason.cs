using Microsoft.AspNetCore.Authorization;

namespace Portal.Users.Security;

/// <summary>
/// The only thing an OFFICIAL-SENSITIVE check lacked was a recent second factor in a cookie session: the
/// person can fix that by stepping up, so they are sent to the step-up page rather than refused.
/// </summary>
internal sealed class SecondFactorRequiredReason(IAuthorizationHandler handler)
    : AuthorizationFailureReason(handler, "A second factor within the last 15 minutes is needed");
