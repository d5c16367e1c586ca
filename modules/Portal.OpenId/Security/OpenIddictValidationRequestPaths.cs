using Microsoft.AspNetCore.Http;
using OpenIddict.Validation.AspNetCore;
using Portal.Abstractions.Security;

namespace Portal.OpenId.Security;

/// <summary>
/// OpenIddict validation answers no request of its own: its request step only prepares the state it keeps for the
/// request, which <see cref="ConfirmedBearerHandler"/> does when it hands a request to it. So the tenant's
/// authentication step never asks it, and a request without a bearer token (a page, a static file) costs nothing here.
/// </summary>
internal sealed class OpenIddictValidationRequestPaths : IAuthenticationRequestPaths
{
    public string Scheme => OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    public bool Handles(PathString path) => false;
}
