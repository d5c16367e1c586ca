namespace Portal.OpenId.Security;

public static class PortalAuthenticationSchemes
{
    /// <summary>
    /// The tenant's default scheme when token validation is enabled: a bearer token goes to OpenIddict validation,
    /// anything else to Identity's sign-in cookie.
    /// </summary>
    public const string CookieOrBearer = "Portal.Default";

    /// <summary>
    /// Where <see cref="CookieOrBearer"/> sends a bearer token: recently confirmed tokens are accepted at once, the rest
    /// go to OpenIddict validation (see <see cref="ConfirmedBearerHandler"/>).
    /// </summary>
    public const string Bearer = "Portal.Bearer";
}
