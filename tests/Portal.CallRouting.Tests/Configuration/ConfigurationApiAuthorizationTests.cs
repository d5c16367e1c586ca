using System.Net;
using Portal.CallRouting.Tests.Support.Configuration;
using static Portal.CallRouting.Tests.Support.Configuration.RoutingApi;

namespace Portal.CallRouting.Tests.Configuration;

/// <summary>
/// Every configuration endpoint refuses the anonymous (401), people without the permission (403) and tokens
/// without the scope (403), and changes nothing when it refuses.
/// </summary>
[Collection(RoutingConfigurationCollection.Name)]
public sealed class ConfigurationApiAuthorizationTests(RoutingConfigurationFactory factory)
{
    private const string Centre = "AUTH-CENTRE";
    private const string Schedule = "AUTH-SCHEDULE";
    private const string Queue = "AUTH-QUEUE";

    public static TheoryData<string, string> Reads => new()
    {
        { "GET", "/centres" },
        { "GET", $"/centres/{Centre}" },
        { "GET", $"/centres/{Centre}/history" },
        { "GET", "/queues" },
        { "GET", $"/queues/{Queue}" },
        { "GET", "/schedules" },
        { "GET", $"/schedules/{Schedule}" },
    };

    public static TheoryData<string, string> Writes => new()
    {
        { "POST", "/centres" },
        { "PUT", $"/centres/{Centre}" },
        { "DELETE", $"/centres/{Centre}" },
        { "POST", $"/centres/{Centre}/state" },
        { "POST", "/queues" },
        { "PUT", $"/queues/{Queue}" },
        { "DELETE", $"/queues/{Queue}" },
        { "POST", "/schedules" },
        { "PUT", $"/schedules/{Schedule}" },
        { "DELETE", $"/schedules/{Schedule}" },
        { "POST", $"/schedules/{Schedule}/override" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    [MemberData(nameof(Writes))]
    public async Task The_anonymous_get_401_and_nothing_changes(string method, string path)
    {
        await EnsureFixturesAsync();
        using var anonymous = factory.CreateAnonymousClient();

        var answer = await SendAsync(anonymous, new HttpMethod(method), path, BodyFor(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        await AssertFixturesUnchangedAsync();
    }

    [Theory]
    [MemberData(nameof(Reads))]
    [MemberData(nameof(Writes))]
    public async Task A_person_without_routing_permissions_gets_403(string method, string path)
    {
        await EnsureFixturesAsync();
        using var admin = await RoutingBrowser.SignInAsync(factory);
        using var nobody = await RoutingBrowser.UserAsync(factory, admin, "nobody");

        var answer = await SendAsync(nobody, new HttpMethod(method), path, BodyFor(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        await AssertFixturesUnchangedAsync();
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_viewer_may_not_change_anything(string method, string path)
    {
        await EnsureFixturesAsync();
        using var admin = await RoutingBrowser.SignInAsync(factory);
        using var viewer = await RoutingBrowser.UserAsync(factory, admin, "viewer", "Viewer");

        var answer = await SendAsync(viewer, new HttpMethod(method), path, BodyFor(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        await AssertFixturesUnchangedAsync();
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_viewer_may_read_and_a_token_needs_the_read_scope(string method, string path)
    {
        await EnsureFixturesAsync();
        using var admin = await RoutingBrowser.SignInAsync(factory);
        using var viewer = await RoutingBrowser.UserAsync(factory, admin, "reader", "Viewer");
        using var writeOnly = await factory.BearerClientAsync("routing.write");
        using var readOnly = await factory.BearerClientAsync("routing.read");

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(viewer, new HttpMethod(method), path)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(readOnly, new HttpMethod(method), path)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(writeOnly, new HttpMethod(method), path)).Status);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_token_without_the_write_scope_may_not_change_anything(string method, string path)
    {
        await EnsureFixturesAsync();
        using var readOnly = await factory.BearerClientAsync("routing.read");

        var answer = await SendAsync(readOnly, new HttpMethod(method), path, BodyFor(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        await AssertFixturesUnchangedAsync();
    }

    [Fact]
    public async Task An_editor_may_change_the_configuration_from_a_signed_in_session()
    {
        await EnsureFixturesAsync();
        using var admin = await RoutingBrowser.SignInAsync(factory);
        using var editor = await RoutingBrowser.UserAsync(factory, admin, "editor", "Editor");
        var code = NewCode("ED");

        var created = await PostAsync(editor, "/centres", RoutingApi.Centre(code));
        var history = await PostAsync(editor, $"/centres/{code}/state", new { state = "Unstaffed", reason = "Night" });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.StartsWith("editor-", history.Body.GetProperty("stateChangedBy").GetString());
    }

    // A valid body for each write, so that a refusal can only come from authorization.
    private static object? BodyFor(string method, string path) => (method, path) switch
    {
        ("POST", "/centres") => RoutingApi.Centre("AUTH-NEW-CENTRE"),
        ("PUT", _) when path.StartsWith("/centres", StringComparison.Ordinal) => new { name = "Changed", staffedPositions = 1 },
        ("POST", _) when path.EndsWith("/state", StringComparison.Ordinal) => new { state = "Down", reason = "Refused" },
        ("POST", "/queues") => RoutingApi.Queue("AUTH-NEW-QUEUE", (Centre, 1)),
        ("PUT", _) when path.StartsWith("/queues", StringComparison.Ordinal) => RoutingApi.Queue(Queue, (Centre, 2)),
        ("POST", "/schedules") => RoutingApi.Schedule("AUTH-NEW-SCHEDULE"),
        ("PUT", _) when path.StartsWith("/schedules", StringComparison.Ordinal) => RoutingApi.Schedule(Schedule),
        ("POST", _) when path.EndsWith("/override", StringComparison.Ordinal) => new { mode = "ForceOpen", reason = "Refused" },
        _ => null,
    };

    private async Task EnsureFixturesAsync()
    {
        using var api = await factory.BearerClientAsync();
        foreach (var (collection, code, body) in new[]
        {
            ("schedules", Schedule, RoutingApi.Schedule(Schedule)),
            ("centres", Centre, RoutingApi.Centre(Centre)),
            ("queues", Queue, RoutingApi.Queue(Queue, (Centre, 1))),
        })
        {
            if ((await GetAsync(api, $"/{collection}/{code}")).Status == HttpStatusCode.NotFound)
            {
                var answer = await PostAsync(api, "/" + collection, body);
                Assert.True(answer.Status is HttpStatusCode.Created or HttpStatusCode.Conflict, answer.ToString());
            }
        }
    }

    private async Task AssertFixturesUnchangedAsync()
    {
        using var api = await factory.BearerClientAsync();
        var centre = await GetAsync(api, "/centres/" + Centre);
        Assert.Equal("Centre " + Centre, centre.Body.GetProperty("name").GetString());
        Assert.Equal("Normal", centre.Body.GetProperty("state").GetString());
        Assert.Equal(1, (await GetAsync(api, "/queues/" + Queue)).Body.GetProperty("servingCentres")[0].GetProperty("preference").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await GetAsync(api, "/schedules/" + Schedule)).Body.GetProperty("manualOverride").ValueKind);
        foreach (var created in new[] { "/centres/AUTH-NEW-CENTRE", "/queues/AUTH-NEW-QUEUE", "/schedules/AUTH-NEW-SCHEDULE" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, created)).Status);
        }
    }
}
