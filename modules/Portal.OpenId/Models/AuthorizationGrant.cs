using System.Security.Claims;

namespace Portal.OpenId.Models;

/// <summary>
/// A signed-in person's authorization request as the endpoint prepared it: the client (OpenIddict's application
/// entity), the user id, the identity the code will carry, and the requested scopes the client is permitted.
/// </summary>
public sealed record AuthorizationGrant(object Application, string UserId, ClaimsIdentity Identity, IReadOnlyList<string> Scopes);
