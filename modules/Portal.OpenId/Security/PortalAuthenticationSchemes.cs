namespace Portal.OpenId.Security;

public static class PortalAuthenticationSchemes
{
    /// <summary>
    /// The tenant's default scheme when token validation is enabled: a bearer token is checked by
    /// <see cref="ConfirmedBearerHandler"/> (and OpenIddict validation), anything else goes to Identity's sign-in cookie.
    /// </summary>
    public const string CookieOrBearer = "Portal.Default";
}
