using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Portal.OpenId.Security;

/// <summary>
/// The host writes a problem body for empty 4xx answers and clears the headers doing so, which would drop the
/// RFC 6750 <c>WWW-Authenticate</c> header of a bearer challenge. OpenIddict's challenges keep their header and
/// answer without a body instead.
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
