namespace Portal.OpenId.Security;

/// <summary>
/// Each tenant is its own issuer, <c>{scheme}://{host}{pathBase}/</c>. OpenIddict infers the base URI from the
/// request without the trailing slash for a tenant under a prefix (<c>http://host/met</c>), while the Default tenant
/// gets <c>http://host/</c>. The handlers registered by the server and validation features run right after that
/// inference and add the slash, so discovery, the <c>iss</c> of every token and the issuer the validation side
/// expects are one and the same string, and <c>/met</c> can never be read as a prefix of <c>/metro</c>.
/// </summary>
public static class TenantIssuer
{
    /// <summary>The base URI with its path ending in a slash (unchanged when it already does, or when unknown).</summary>
    public static Uri? WithTrailingSlash(Uri? baseUri)
    {
        if (baseUri is not { IsAbsoluteUri: true } || baseUri.AbsolutePath.EndsWith('/'))
        {
            return baseUri;
        }

        return new UriBuilder(baseUri) { Path = baseUri.AbsolutePath + "/" }.Uri;
    }
}
