using Portal.Abstractions.Security;

namespace Portal.CallRouting.Configuration.Endpoints;

/// <summary>
/// The policies of the configuration API: a permission and, for tokens, a scope. A signed-in person is asked only
/// for the permission; a token must carry the scope as well.
/// </summary>
public static class RoutingApiPolicies
{
    public static readonly string[] Read = [Permissions.ViewRoutingPolicy, ApiScope.Policy("routing.read")];
    public static readonly string[] Write = [Permissions.EditRoutingPolicy, ApiScope.Policy("routing.write")];
}
