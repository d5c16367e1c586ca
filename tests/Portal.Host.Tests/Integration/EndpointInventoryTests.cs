using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Integration;

/// <summary>
/// Every endpoint of every tenant, with every feature the platform ships enabled, has an explicit authorization
/// policy, or is anonymous AND listed below. Adding an anonymous endpoint is a decision, so it means editing
/// this list (and a reviewer seeing it).
/// </summary>
public sealed class EndpointInventoryTests
{
    /// <summary>Route patterns that anyone may reach, with the reason.</summary>
    private static readonly IReadOnlyDictionary<string, string> AnonymousEndpoints = new Dictionary<string, string>
    {
        [""] = "the tenant's home page lists what the visitor may use",
        ["account/login"] = "signing in",
        ["account/logout"] = "signing out must work even for an expired session (antiforgery protected)",
        ["account/access-denied"] = "the page shown after a refusal",
        ["account/login-2fa"] = "the second step of signing in",
        ["account/step-up"] = "asks for the second factor again before OFFICIAL-SENSITIVE pages",
        ["openapi/{documentName}.json"] = "the API description of the tenant",
        [".well-known/openid-configuration"] = "OpenID Connect discovery",
        [".well-known/jwks"] = "the tenant's public signing keys",
        ["connect/authorize"] = "OAuth authorization endpoint: signs the user in itself",
        ["connect/token"] = "OAuth token endpoint: authenticates the client itself",
        ["connect/revoke"] = "OAuth revocation endpoint: authenticates the client itself",
        ["connect/introspect"] = "OAuth introspection endpoint: authenticates the client itself",
        ["connect/endsession"] = "OpenID Connect logout",
        ["connect/logout"] = "OpenID Connect logout",
        ["publications"] = "a force's published decision reports, and on the platform the index of every force's (OFFICIAL-PUBLIC only)",
        ["publications/feed"] = "the Atom feed of a force's published decision reports",
        ["publications/{reference}"] = "a published decision report: Part 1 and only the exemption statement of Part 2",
        ["publications/{reference}/attachments/{attachmentId:guid}"] = "an OFFICIAL-PUBLIC attachment of a published report",
        ["api/public/publications"] = "the public read API: search of published decision reports",
        ["api/public/publications/{reference}"] = "the public read API: Part 1 of a published decision report",
    };

    [Fact]
    public async Task Every_endpoint_of_every_tenant_has_a_policy_or_is_a_listed_anonymous_endpoint()
    {
        using var factory = new PortalFactory();
        var catalog = factory.Services.GetRequiredService<IModuleCatalog>();
        await factory.EnsureTenantAsync("inventory");
        var features = factory.Services.GetRequiredService<IShellFeatureManager>();
        var tenants = factory.Services.GetRequiredService<IShellSettingsManager>();

        var checkedEndpoints = 0;
        var problems = new List<string>();
        foreach (var tenantName in new[] { ShellSettings.DefaultName, "inventory" })
        {
            var tenant = (await tenants.FindAsync(tenantName))!;
            var all = catalog.Features.Where(f => !f.IsPlugin && features.IsOffered(tenant, f.Id)).Select(f => f.Id).ToList();
            await features.UpdateAsync(tenantName, all, [], null);
            var shell = await factory.ShellOfAsync(tenantName);
            Assert.Equal(all.Order(), shell.Features.Select(f => f.Id).Where(all.Contains).Order());

            foreach (var endpoint in shell.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
            {
                checkedEndpoints++;
                var pattern = endpoint.RoutePattern.RawText?.Trim('/') ?? "";
                var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var authorized = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
                if (anonymous && !AnonymousEndpoints.ContainsKey(pattern))
                {
                    problems.Add($"{tenantName}: '{pattern}' ({endpoint.DisplayName}) allows anonymous access but is not on the anonymous list.");
                }
                else if (!anonymous && !authorized)
                {
                    problems.Add($"{tenantName}: '{pattern}' ({endpoint.DisplayName}) has no authorization policy.");
                }
            }
        }

        Assert.True(checkedEndpoints > 20, $"Only {checkedEndpoints} endpoints were found: the inventory is not looking at the tenants' routes.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
