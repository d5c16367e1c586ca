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
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
            && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null
            && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }

        await next(context);
    }
}
