using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Portal.OpenId.Security;

namespace Portal.OpenId.Tests.Unit;

/// <summary>The tenant's authentication step asks the OpenIddict server only on its endpoints' paths.</summary>
public sealed class OpenIddictServerRequestPathsTests
{
    private static OpenIddictServerRequestPaths Paths(Action<OpenIddictServerOptions> configure)
    {
        var options = new OpenIddictServerOptions();
        configure(options);
        return new OpenIddictServerRequestPaths(Options.Create(options));
    }

    [Fact]
    public void Every_configured_endpoint_is_handled_ignoring_case_and_one_trailing_slash()
    {
        var paths = Paths(o =>
        {
            o.TokenEndpointUris.Add(new Uri("connect/token", UriKind.Relative));
            o.ConfigurationEndpointUris.Add(new Uri(".well-known/openid-configuration", UriKind.Relative));
            o.JsonWebKeySetEndpointUris.Add(new Uri(".well-known/jwks", UriKind.Relative));
            o.UserInfoEndpointUris.Add(new Uri("connect/userinfo", UriKind.Relative));
        });

        Assert.True(paths.Handles("/connect/token"));
        Assert.True(paths.Handles("/Connect/Token/"));
        Assert.True(paths.Handles("/.well-known/openid-configuration"));
        Assert.True(paths.Handles("/.well-known/jwks"));
        Assert.True(paths.Handles("/connect/userinfo"));
    }

    [Fact]
    public void Any_other_path_is_not_the_servers()
    {
        var paths = Paths(o => o.TokenEndpointUris.Add(new Uri("connect/token", UriKind.Relative)));

        Assert.False(paths.Handles("/api/routing/decisions"));
        Assert.False(paths.Handles("/connect/token/extra"));
        Assert.False(paths.Handles("/connect"));
        Assert.False(paths.Handles("/"));
    }

    [Fact]
    public void With_an_absolute_endpoint_the_server_is_asked_on_every_path()
    {
        var paths = Paths(o =>
        {
            o.TokenEndpointUris.Add(new Uri("connect/token", UriKind.Relative));
            o.IntrospectionEndpointUris.Add(new Uri("https://id.example/connect/introspect"));
        });

        Assert.True(paths.Handles("/api/routing/decisions"));
    }
}
