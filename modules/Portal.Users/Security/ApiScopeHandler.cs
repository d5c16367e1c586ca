using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Security;

namespace Portal.Users.Security;

/// <summary>
/// An access token passes an <see cref="ApiScopeRequirement"/> only when it carries the scope; a person signed in with
/// the cookie passes (scopes limit what a client application may do on a person's or its own behalf).
/// </summary>
internal sealed class ApiScopeHandler : RequirementHandler<ApiScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiScopeRequirement requirement)
    {
        if (!OfficialSensitiveHandler.IsTokenPrincipal(context.User)
            || ApiScope.IsCarriedBy(context.User, requirement.Scope))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"the token does not carry the scope {requirement.Scope}"));
        }

        return Task.CompletedTask;
    }
}
