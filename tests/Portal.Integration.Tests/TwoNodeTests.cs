using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// Two portal processes on different loopback ports sharing the same store and Redis: a feature change, a disabled
/// tenant and a removed one, saved on one node, are followed by the other within two seconds (the Redis shell signal; the periodic reconciliation is
/// 15 s, far too slow to pass this by itself).
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private const string ClientSecret = "two-nodes-client-secret-0123456789";
    private const string Feature = "Portal.OpenId.Management";
    private const string FeatureEndpoint = "/city/api/clients";
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(2);

    private readonly SharedPlatformStore _store = new();
    private readonly string _instance = "it-nodes-" + Guid.NewGuid().ToString("N")[..8];
    private PortalNodeProcess? _node1;
    private PortalNodeProcess? _node2;

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        // One after the other: the first sets the platform up (demo recipe), the second finds it set up.
        _node1 = PortalNodeProcess.Start("node1", NodeEnvironment());
        await _node1.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        _node2 = PortalNodeProcess.Start("node2", NodeEnvironment());
        await _node2.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        if (_node1 is not null)
        {
            await _node1.DisposeAsync();
        }

        if (_node2 is not null)
        {
            await _node2.DisposeAsync();
        }

        await _store.DisposeAsync();
    }

    [Fact]
    public async Task A_feature_enabled_on_one_node_is_served_by_the_other_and_disabled_there_within_two_seconds()
    {
        var node1 = _node1!;
        var node2 = _node2!;
        using var city1 = await CityApiClientAsync(node1);
        using var city2 = await CityApiClientAsync(node2);

        // The demo recipe enables the management API for city; both nodes have built city's shell with it.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(city1, FeatureEndpoint));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(city2, FeatureEndpoint));

        // Start from "off": disabled on node 1, gone from node 2 too.
        await ChangeFeatureAsync(node1, disable: true);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(city1, FeatureEndpoint));
        await WithinTwoSecondsAsync("node 2 stops serving the API node 1 disabled", city2, HttpStatusCode.NotFound, node2);

        // Enabled on node 1: node 2 serves it within 2 s.
        await ChangeFeatureAsync(node1, disable: false);
        await WithinTwoSecondsAsync("node 2 serves the API node 1 enabled", city2, HttpStatusCode.OK, node2);

        // Disabled on node 2: node 1 stops serving it within 2 s.
        await ChangeFeatureAsync(node2, disable: true);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(city2, FeatureEndpoint));
        await WithinTwoSecondsAsync("node 1 stops serving the API node 2 disabled", city1, HttpStatusCode.NotFound, node1);
    }

    [Fact]
    public async Task A_tenant_disabled_then_removed_on_one_node_is_off_then_gone_on_the_other_within_two_seconds()
    {
        var node1 = _node1!;
        var node2 = _node2!;
        using var anonymous2 = node2.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous2, "/city/"));

        using var platform = node1.CreateClient();
        platform.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await TokenAsync(platform, "", "platform-automation", "platform.read platform.write"));
        using (var disabled = await platform.PostAsJsonAsync("/api/tenants/city/disable", new { }))
        {
            Assert.True(disabled.IsSuccessStatusCode, $"disable answered {(int)disabled.StatusCode}: {await disabled.Content.ReadAsStringAsync()}");
        }

        await WithinTwoSecondsAsync("node 2 stops serving the tenant node 1 disabled", anonymous2, "/city/", HttpStatusCode.ServiceUnavailable, node2);

        using (var removal = new HttpRequestMessage(HttpMethod.Delete, "/api/tenants/city") { Content = JsonContent.Create(new { confirm = "city" }) })
        using (var removed = await platform.SendAsync(removal))
        {
            Assert.True(removed.IsSuccessStatusCode, $"removal answered {(int)removed.StatusCode}: {await removed.Content.ReadAsStringAsync()}");
        }

        // Gone: the prefix is no tenant's any more, so it is a path of the platform tenant that does not exist.
        await WithinTwoSecondsAsync("node 2 forgets the tenant node 1 removed", anonymous2, "/city/", HttpStatusCode.NotFound, node2);
    }

    private Dictionary<string, string> NodeEnvironment()
    {
        var environment = new Dictionary<string, string>(_store.Settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Portal__Setup__Recipe"] = "demo",
            ["Portal__Setup__AdminEmail"] = "admin@two-nodes.example.org",
            ["Portal__Setup__AdminPassword"] = "Two-Nodes-Passw0rd!",
            ["Portal__Setup__ClientSecret"] = ClientSecret,
            ["Portal__OpenId__AllowPlainHttp"] = "true",
            ["Portal__Redis__Configuration"] = TestServers.Redis,
            ["Portal__Redis__InstanceName"] = _instance,
            ["Logging__Console__FormatterName"] = "simple",
        };
        return environment;
    }

    private static Task WithinTwoSecondsAsync(string what, HttpClient client, HttpStatusCode expected, PortalNodeProcess node) =>
        WithinTwoSecondsAsync(what, client, FeatureEndpoint, expected, node);

    private static async Task WithinTwoSecondsAsync(string what, HttpClient client, string path, HttpStatusCode expected, PortalNodeProcess node)
    {
        try
        {
            await Poll.UntilAsync(what, Propagation, async () =>
            {
                var status = await StatusAsync(client, path);
                return (status == expected, ((int)status).ToString());
            });
        }
        catch (Xunit.Sdk.FailException ex)
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\nOutput of {node.Name}:\n{node.Output}");
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    /// <summary>Enables or disables the feature through the platform API of <paramref name="node"/>, as platform-automation.</summary>
    private static async Task ChangeFeatureAsync(PortalNodeProcess node, bool disable)
    {
        using var platform = node.CreateClient();
        platform.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await TokenAsync(platform, "", "platform-automation", "platform.read platform.write"));
        var body = disable ? new { enable = Array.Empty<string>(), disable = new[] { Feature } } : new { enable = new[] { Feature }, disable = Array.Empty<string>() };
        using var response = await platform.PostAsJsonAsync("/api/tenants/city/features", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{node.Name}: features answered {(int)response.StatusCode}: {text}");
    }

    private static async Task<HttpClient> CityApiClientAsync(PortalNodeProcess node)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, "/city", "city-automation", "routing.read"));
        return client;
    }

    private static async Task<string> TokenAsync(HttpClient client, string pathBase, string clientId, string scope)
    {
        using var response = await client.PostAsync(pathBase + "/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = ClientSecret, ["scope"] = scope,
        }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token for {clientId} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!;
    }
}
