using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;

namespace Portal.Users.Security;

/// <summary>
/// Decides <see cref="OfficialSensitiveRequirement"/> (the permission part is <see cref="PermissionHandler"/>'s,
/// though a person without the permission is refused here too, so that they are not sent to step up):
/// a person needs vetting of at least SC and a second factor within the window in this session; an access token
/// needs the "sensitive" scope (a client allowed that scope counts as cleared: client tokens carry no vetting;
/// a token issued for a person must carry <see cref="PortalClaimTypes.VettingLevel"/> of SC or above).
/// Refusals are audited with the condition that failed.
/// </summary>
internal sealed class OfficialSensitiveHandler(TimeProvider clock, IHttpContextAccessor http, IRolePermissionLookup roles)
    : RequirementHandler<OfficialSensitiveRequirement>
{
    public const string ClientIdClaim = "client_id";
    public const string AuthorizedPartyClaim = "azp";
    public const string SubjectClaim = "sub";

    // One refusal entry per request, however often the policy is evaluated in it.
    private static readonly object AuditedKey = new();

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OfficialSensitiveRequirement requirement)
    {
        var user = context.User;
        if (user.Identities.All(i => !i.IsAuthenticated))
        {
            // Not signed in: the challenge (sign-in) answers this, and there is no one to audit.
            return;
        }

        var failure = Check(user, clock.GetUtcNow());
        // A person without the permission is refused outright (the permission handler says so too): a second
        // factor would not help them, so they must not be sent to step up.
        if ((failure is null or Failure.SecondFactor) && !IsTokenPrincipal(user)
            && !await PermissionHandler.HoldsAsync(user, requirement.Permission, roles))
        {
            failure = Failure.Permission;
        }

        if (failure is null)
        {
            context.Succeed(requirement);
            return;
        }

        if (failure == Failure.SecondFactor)
        {
            context.Fail(new SecondFactorRequiredReason(this));
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, Describe(failure.Value)));
        }

        await AuditRefusalAsync(requirement, failure.Value);
    }

    internal enum Failure
    {
        Permission,
        Vetting,
        SecondFactor,
        Scope,
    }

    /// <summary>What stands between the principal and sensitive access, or null when nothing does.</summary>
    internal static Failure? Check(ClaimsPrincipal user, DateTimeOffset now)
    {
        if (IsTokenPrincipal(user))
        {
            if (!ApiScope.IsCarriedBy(user, OfficialSensitive.Scope))
            {
                return Failure.Scope;
            }

            // A client's own token (client credentials: no person, no vetting) is cleared by its scope; a token
            // issued for a person must carry that person's vetting, and it must be SC or above.
            return !IsForPerson(user) || IsCleared(user.FindFirst(PortalClaimTypes.VettingLevel)?.Value) ? null : Failure.Vetting;
        }

        if (!IsCleared(user.FindFirst(PortalClaimTypes.VettingLevel)?.Value))
        {
            return Failure.Vetting;
        }

        return HasRecentSecondFactor(user, now) ? null : Failure.SecondFactor;
    }

    internal static bool HasRecentSecondFactor(ClaimsPrincipal user, DateTimeOffset now)
    {
        var value = user.FindFirst(PortalClaimTypes.SecondFactorAt)?.Value;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
        // A time in the future (clock skew between nodes) counts as now; a stale one does not.
        return age <= OfficialSensitive.SecondFactorWindow;
    }

    // By name only: Enum.TryParse would also take "3" or "99" as a level.
    private static bool IsCleared(string? vetting) =>
        vetting is not null
        && Enum.GetNames<VettingLevel>().Contains(vetting, StringComparer.Ordinal)
        && Enum.Parse<VettingLevel>(vetting) >= OfficialSensitive.MinimumVetting;

    // Access tokens carry client_id (or azp) and come from a bearer scheme; the cookie principal has neither.
    internal static bool IsTokenPrincipal(ClaimsPrincipal user) =>
        user.HasClaim(c => c.Type is ClientIdClaim or AuthorizedPartyClaim)
        || user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType is { } type
            && (type.Contains("Bearer", StringComparison.OrdinalIgnoreCase) || type.StartsWith("OpenIddict", StringComparison.Ordinal)));

    // A person's token has a subject that is not the client itself (client credentials use the client id as subject).
    private static bool IsForPerson(ClaimsPrincipal user)
    {
        var subject = user.FindFirst(SubjectClaim)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var client = user.FindFirst(ClientIdClaim)?.Value ?? user.FindFirst(AuthorizedPartyClaim)?.Value;
        return subject is not null && subject != client;
    }

    private static string Describe(Failure failure) => failure switch
    {
        Failure.Permission => "permission not held",
        Failure.Vetting => $"vetting below {OfficialSensitive.MinimumVetting}",
        Failure.SecondFactor => $"no second factor within {OfficialSensitive.SecondFactorWindow.TotalMinutes:0} minutes",
        _ => $"token without the {OfficialSensitive.Scope} scope",
    };

    private async Task AuditRefusalAsync(OfficialSensitiveRequirement requirement, Failure failure)
    {
        // The handler is a singleton; the audit log belongs to the request's scope.
        if (http.HttpContext is not { } context || !context.Items.TryAdd(AuditedKey, true))
        {
            return;
        }

        var audit = context.RequestServices.GetRequiredService<IAuditLog>();

        await audit.WriteAsync(new AuditEntry(AuditCategories.Refusal, "official-sensitive-refused", AuditOutcome.Refused,
            requirement.Permission.Name, Describe(failure)));
    }
}
