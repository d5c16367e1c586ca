using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;

namespace Portal.Host.Security;

/// <summary>
/// Builds "Permission:X", "OfficialSensitive:X" and "Scope:x" policies on demand from the tenant's permission providers, so a permission that no
/// enabled feature declares has no policy at all (and its endpoints cannot exist either).
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, IEnumerable<IPermissionProvider> providers)
    : DefaultAuthorizationPolicyProvider(options)
{
    private readonly Lazy<Dictionary<string, Permission>> _permissions = new(() => providers
        .SelectMany(p => p.GetPermissions())
        .GroupBy(p => p.Name)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    /// <summary>
    /// A policy here depends only on its name and the permissions the tenant's features declare, which are fixed for
    /// the life of the tenant's container (a feature change builds a new one). So the authorization middleware may keep
    /// each endpoint's combined policy: the base class allows that only for itself, not for a subclass, and every API
    /// call built its policies again.
    /// </summary>
    public override bool AllowsCachingPolicies => true;

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal)
            && _permissions.Value.TryGetValue(policyName[PermissionPolicy.Prefix.Length..], out var permission))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(permission))
                .Build();
        }

        if (policyName.StartsWith(OfficialSensitive.PolicyPrefix, StringComparison.Ordinal)
            && _permissions.Value.TryGetValue(policyName[OfficialSensitive.PolicyPrefix.Length..], out var sensitive))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(sensitive), new OfficialSensitiveRequirement(sensitive))
                .Build();
        }

        if (policyName.StartsWith(ApiScope.PolicyPrefix, StringComparison.Ordinal) && policyName.Length > ApiScope.PolicyPrefix.Length)
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new ApiScopeRequirement(policyName[ApiScope.PolicyPrefix.Length..]))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
