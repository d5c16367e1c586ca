namespace Portal.OpenId.Security;

public static class PortalAuthenticationSchemes
{
    /// <summary>
    /// The tenant's default scheme when token validation is enabled: a bearer token goes to OpenIddict validation,
    /// anything else to Identity's sign-in cookie.
    /// </summary>
    public const string CookieOrBearer = "Portal.Default";
}
