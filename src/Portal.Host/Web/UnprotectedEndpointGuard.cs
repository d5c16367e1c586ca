using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Portal.Host.Web;

/// <summary>
/// An endpoint a module forgot to protect (no policy, not marked anonymous) requires a signed-in user.
/// Unlike a fallback policy this leaves requests that match no endpoint alone, so they still get a 404.
/// </summary>
internal sealed class UnprotectedEndpointGuard(RequestDelegate next)
{
    // Not async: a protected endpoint (nearly every request) passes straight through.
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        return endpoint is not null
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
            && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null
            && context.User.Identity?.IsAuthenticated != true
                ? context.ChallengeAsync()
                : next(context);
    }
}
