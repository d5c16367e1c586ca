using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Portal.Abstractions.Security;

namespace Portal.Users.Security;

/// <summary>
/// Facts about a session kept in its authentication properties rather than in claims: the properties survive
/// every re-issue of the cookie (security stamp revalidation rebuilds the principal from the store; a refresh
/// keeps the properties), so the time of the last second factor cannot be lost or forged by a rebuild. The
/// <see cref="PortalClaimTypes.SecondFactorAt"/> claim is put back on the principal from here on every request.
/// </summary>
internal static class SessionProperties
{
    public const string StartedAtItem = ".portal.started_at";
    public const string SecondFactorAtItem = ".portal.mfa_at";

    /// <summary>A session that used a second factor ends this long after it began, however active.</summary>
    public static readonly TimeSpan AbsoluteLimit = TimeSpan.FromHours(12);

    /// <summary>The claim Identity adds when a sign-in passed a second factor.</summary>
    public const string AuthenticationMethodClaim = "amr";
    public const string MultiFactor = "mfa";

    public static long? Read(AuthenticationProperties properties, string item) =>
        properties.Items.TryGetValue(item, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : null;

    public static void Write(AuthenticationProperties properties, string item, DateTimeOffset at) =>
        properties.Items[item] = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Makes the principal's second-factor claim say exactly what the properties say.</summary>
    public static void ApplyTo(ClaimsPrincipal principal, AuthenticationProperties properties)
    {
        if (principal.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        foreach (var stale in identity.FindAll(PortalClaimTypes.SecondFactorAt).ToList())
        {
            identity.RemoveClaim(stale);
        }

        if (Read(properties, SecondFactorAtItem) is { } at)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.SecondFactorAt, at.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        }
    }
}
