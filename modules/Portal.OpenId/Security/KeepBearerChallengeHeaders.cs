using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Portal.OpenId.Security;

/// <summary>
/// The OpenIddict server's own challenges (<c>/connect/*</c>) answer as OAuth 2.0 describes: a status and its
/// <c>WWW-Authenticate</c> header, without a body. The host's status code pages, which give other empty 4xx answers a
/// problem body, are turned off for them. (API refusals through validation do get the problem body.)
/// </summary>
internal static class KeepBearerChallengeHeaders
{
    public static void Apply(HttpRequest? request)
    {
        if (request?.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
    }
}
