using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using Portal.Abstractions.Security;

namespace Portal.OpenId.Security;

/// <summary>
/// The OpenIddict server answers only its endpoints (<c>connect/token</c>, discovery and the rest), so the tenant's
/// authentication step asks it only on their paths. Its endpoints are read from its options: every
/// <c>...EndpointUris</c> list, so an endpoint enabled later is covered without a change here. Paths compare as
/// OpenIddict compares them: ignoring case and one trailing slash. An absolute endpoint URI (none is configured
/// today) cannot be placed under the tenant's prefix here, so with one the server is asked on every path.
/// </summary>
internal sealed class OpenIddictServerRequestPaths : IAuthenticationRequestPaths
{
    private readonly Lazy<(HashSet<string> Paths, bool AnyAbsolute)> _endpoints;

    public OpenIddictServerRequestPaths(IOptions<OpenIddictServerOptions> options) =>
        _endpoints = new Lazy<(HashSet<string>, bool)>(() => Read(options.Value));

    public string Scheme => OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public bool Handles(PathString path)
    {
        var (paths, anyAbsolute) = _endpoints.Value;
        return anyAbsolute || paths.Contains(Normalise(path.Value ?? "/"));
    }

    private static (HashSet<string>, bool) Read(OpenIddictServerOptions options)
    {
        var uris = typeof(OpenIddictServerOptions).GetProperties()
            .Where(p => p.Name.EndsWith("EndpointUris", StringComparison.Ordinal) && typeof(IEnumerable<Uri>).IsAssignableFrom(p.PropertyType))
            .SelectMany(p => (IEnumerable<Uri>?)p.GetValue(options) ?? [])
            .ToList();
        var paths = uris.Where(u => !u.IsAbsoluteUri).Select(u => Normalise("/" + u.OriginalString.TrimStart('/'))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (paths, uris.Any(u => u.IsAbsoluteUri));
    }

    private static string Normalise(string path) => path.Length > 1 && path[^1] == '/' ? path[..^1] : path;
}
