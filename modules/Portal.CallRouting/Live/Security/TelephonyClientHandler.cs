using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Security;

namespace Portal.CallRouting.Live.Security;

/// <summary>Decides <see cref="TelephonyClientRequirement"/>: a client's own token with the <c>routing.events</c> scope.</summary>
internal sealed class TelephonyClientHandler : RequirementHandler<TelephonyClientRequirement>
{
    private const string ClientIdClaim = "client_id";
    private const string SubjectClaim = "sub";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TelephonyClientRequirement requirement)
    {
        if (ClientOf(context.User) is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "telephony events are accepted only from a client's own access token (client credentials)"));
        }
        else if (!ApiScope.IsCarriedBy(context.User, TelephonyClientRequirement.Scope))
        {
            context.Fail(new AuthorizationFailureReason(this, $"the token does not carry the scope {TelephonyClientRequirement.Scope}"));
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>The client id when the principal is a client's own token (its subject is the client), else null.</summary>
    public static string? ClientOf(ClaimsPrincipal user)
    {
        var client = user.FindFirst(ClientIdClaim)?.Value;
        var subject = user.FindFirst(SubjectClaim)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return client is { Length: > 0 } && string.Equals(client, subject, StringComparison.Ordinal) ? client : null;
    }
}
