using Microsoft.AspNetCore.Authorization;

namespace Portal.Abstractions.Security;

/// <summary>An access token must carry <see cref="Scope"/>; see <see cref="ApiScope"/>.</summary>
public sealed class ApiScopeRequirement(string scope) : IAuthorizationRequirement
{
    public string Scope { get; } = scope;
}
