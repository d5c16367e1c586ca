using Microsoft.AspNetCore.Http;

namespace Portal.Abstractions.Security;

/// <summary>
/// Where an authentication scheme that can answer a whole request (an <c>IAuthenticationRequestHandler</c>: an
/// OAuth server's endpoints, a remote sign-in's callback) has anything to do. The tenant's authentication step asks
/// such a scheme only on the paths it names here (relative to the tenant); a request-handling scheme without one is
/// asked on every request, as ASP.NET Core's own middleware does. Register it as a singleton of the tenant.
/// </summary>
/// <remarks>
/// Asking every request-handling scheme on every request cost an API call about a tenth of its CPU: each one builds
/// its handler and runs its event pipeline only to find the path is not one of its own.
/// </remarks>
public interface IAuthenticationRequestPaths
{
    /// <summary>The scheme this applies to.</summary>
    string Scheme { get; }

    /// <summary>Whether the scheme may handle a request for <paramref name="path"/> (the path within the tenant).</summary>
    bool Handles(PathString path);
}
