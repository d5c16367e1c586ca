using System.Net;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.Tests.Support.Live;

namespace Portal.CallRouting.Tests.Live;

/// <summary>
/// <c>POST /api/routing/events</c> and <c>GET /api/routing/state</c> on the real portal: who is refused, what is refused
/// (nothing applied), and accepted events reaching the live state over the bus.
/// </summary>
public sealed class RoutingEventsApiTests(LiveStatePortalFactory portal) : IClassFixture<LiveStatePortalFactory>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Anonymous_requests_are_refused_with_401()
    {
        using var client = portal.CreateApiClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await LiveApi.PostJsonAsync(client, LiveApi.Events, Offer("anon", LiveTestConfiguration.Emergency))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(LiveApi.State)).StatusCode);
        // The dashboard and its stream are pages: an anonymous browser is sent to sign in, and gets no data.
        foreach (var page in new[] { LiveApi.Stream, LiveStatePortalFactory.Tenant + "/routing/dashboard" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
            Assert.Contains("login", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_token_without_the_events_scope_cannot_send_events_and_one_without_read_cannot_read()
    {
        using var reader = portal.CreateApiClient(await portal.TokenAsync("routing.read routing.write"));
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));

        var refused = await LiveApi.PostJsonAsync(reader, LiveApi.Events, Offer("no-scope", LiveTestConfiguration.Emergency));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sender.GetAsync(LiveApi.State)).StatusCode);
    }

    [Fact]
    public async Task Malformed_events_are_refused_with_400_naming_each_field_and_none_is_applied()
    {
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));
        using var reader = portal.CreateApiClient(await portal.TokenAsync("routing.read"));
        var before = LiveApi.Queue(await LiveApi.StateAsync(reader), LiveTestConfiguration.NonEmergency).GetProperty("waiting").GetInt32();

        var batch = $$"""
            [
              {{Offer("ok-in-bad-batch", LiveTestConfiguration.NonEmergency)}},
              { "type": "callOffered", "callId": "bad-time", "queue": "Q101", "at": "27/11/2026 09:00" },
              { "type": "callOffered", "callId": "no-offset", "queue": "Q101", "at": "2026-11-27T09:00:00" },
              { "type": "callAnswered", "callId": "c", "queue": "Q101", "centre": "SOUTH", "at": "{{LiveApi.Now()}}" },
              { "type": "agentsAvailableChanged", "centre": "SOUTH", "availableAgents": -1, "at": "{{LiveApi.Now()}}" },
              { "type": "centreStateChanged", "centre": "SOUTH", "state": "Sleeping", "reason": "x", "at": "{{LiveApi.Now()}}" },
              { "type": "callAbandoned", "callId": "c", "queue": "Q101", "centre": "SOUTH", "at": "{{LiveApi.Now()}}" },
              { "type": "callTransferred", "callId": "c", "at": "{{LiveApi.Now()}}" }
            ]
            """;
        var response = await LiveApi.PostJsonAsync(sender, LiveApi.Events, batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = LiveApi.ErrorFields(await LiveApi.ProblemAsync(response));
        Assert.Equal(["[1].at", "[2].at", "[3].offeredAt", "[4].availableAgents", "[5].state", "[6].centre", "[7].type"], fields.Order().ToArray());

        // A field that is no field at all, and a value of the wrong type: 400 before any event is looked at.
        var unknownField = await LiveApi.PostJsonAsync(sender, LiveApi.Events, """{ "type": "callOffered", "colour": "red" }""");
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Contains("colour", LiveApi.ErrorFields(await LiveApi.ProblemAsync(unknownField)));
        var wrongType = await LiveApi.PostJsonAsync(sender, LiveApi.Events, """[ { "type": "agentsAvailableChanged", "availableAgents": "many" } ]""");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("[0].availableAgents", LiveApi.ErrorFields(await LiveApi.ProblemAsync(wrongType)));
        Assert.Equal(HttpStatusCode.BadRequest, (await LiveApi.PostJsonAsync(sender, LiveApi.Events, "[]")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await sender.PostAsync(LiveApi.Events, new StringContent("x"))).StatusCode);

        await AssertOnlyMarkerAppliedAsync(sender, reader, LiveTestConfiguration.NonEmergency, before);
    }

    [Fact]
    public async Task Events_naming_unknown_queues_or_centres_are_refused_with_422_and_none_is_applied()
    {
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));
        using var reader = portal.CreateApiClient(await portal.TokenAsync("routing.read"));
        var before = LiveApi.Queue(await LiveApi.StateAsync(reader), LiveTestConfiguration.Emergency).GetProperty("waiting").GetInt32();

        var response = await LiveApi.PostJsonAsync(sender, LiveApi.Events, $$"""
            [
              {{Offer("ok-in-422-batch", LiveTestConfiguration.Emergency)}},
              {{Offer("lost", "Q-NOWHERE")}},
              { "type": "agentsAvailableChanged", "centre": "EAST", "availableAgents": 3, "at": "{{LiveApi.Now()}}" }
            ]
            """);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await LiveApi.ProblemAsync(response);
        Assert.Equal(["[1].queue", "[2].centre"], LiveApi.ErrorFields(problem).Order().ToArray());
        Assert.Contains("Q-NOWHERE", problem.GetProperty("errors").GetProperty("[1].queue")[0].GetString());
        await AssertOnlyMarkerAppliedAsync(sender, reader, LiveTestConfiguration.Emergency, before);
    }

    [Fact]
    public async Task A_body_over_1_MB_is_refused_with_413()
    {
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));

        var response = await LiveApi.PostJsonAsync(sender, LiveApi.Events, "[" + string.Join(",", Enumerable.Repeat(Offer("big", "Q999"), 20_000)) + "]");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The request body is too large.", (await LiveApi.ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_body_over_1_MB_without_a_declared_length_is_refused_with_413_and_nothing_is_applied()
    {
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));
        using var reader = portal.CreateApiClient(await portal.TokenAsync("routing.read"));
        var before = LiveApi.Queue(await LiveApi.StateAsync(reader), LiveTestConfiguration.Emergency).GetProperty("waiting").GetInt32();

        using var response = await sender.PostAsync(LiveApi.Events,
            UnsizedContent.Json("[" + string.Join(",", Enumerable.Repeat(Offer("big-unsized", "Q999"), 20_000)) + "]"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The request body is too large.", (await LiveApi.ProblemAsync(response)).GetProperty("title").GetString());
        Assert.Equal(before, LiveApi.Queue(await LiveApi.StateAsync(reader), LiveTestConfiguration.Emergency).GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task Accepted_calls_reach_the_live_state_over_the_bus()
    {
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));
        using var reader = portal.CreateApiClient(await portal.TokenAsync("routing.read"));
        var start = LiveApi.Queue(await LiveApi.StateAsync(reader), LiveTestConfiguration.Emergency);
        var waiting = start.GetProperty("waiting").GetInt32();
        var abandoned = start.GetProperty("abandonedLast15Minutes").GetInt32();

        var response = await LiveApi.PostJsonAsync(sender, LiveApi.Events, $$"""
            [
              { "type": "callOffered", "callId": "bus-1", "queue": "Q999", "at": "{{LiveApi.Now(30)}}" },
              { "type": "callOffered", "callId": "bus-2", "queue": "Q999", "at": "{{LiveApi.Now(20)}}" },
              { "type": "callOffered", "callId": "bus-3", "queue": "Q999", "at": "{{LiveApi.Now(10)}}" },
              { "type": "callAnswered", "callId": "bus-2", "queue": "Q999", "centre": "NORTH", "offeredAt": "{{LiveApi.Now(20)}}", "at": "{{LiveApi.Now(15)}}" },
              { "type": "callAbandoned", "callId": "bus-3", "queue": "Q999", "at": "{{LiveApi.Now(5)}}" },
              { "type": "agentsAvailableChanged", "centre": "NORTH", "availableAgents": 5, "at": "{{LiveApi.Now()}}" }
            ]
            """);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        await LivePoll.UntilAsync("the accepted calls in GET /api/routing/state", Deadline, async () =>
        {
            var queue = LiveApi.Queue(await LiveApi.StateAsync(reader), LiveTestConfiguration.Emergency);
            var done = queue.GetProperty("waiting").GetInt32() == waiting + 1
                && queue.GetProperty("abandonedLast15Minutes").GetInt32() == abandoned + 1
                && queue.GetProperty("availableAgents").GetInt32() >= 5
                && queue.GetProperty("oldestWaitSeconds").GetDouble() >= 30;
            return (done, queue.ToString());
        });
    }

    [Fact]
    public async Task A_centre_state_change_goes_through_the_centre_states_with_the_client_as_its_author()
    {
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));
        using var reader = portal.CreateApiClient(await portal.TokenAsync("routing.read"));

        var response = await LiveApi.PostJsonAsync(sender, LiveApi.Events,
            $$"""{ "type": "centreStateChanged", "centre": "SOUTH", "state": "Degraded", "reason": "Two trunks down", "at": "{{LiveApi.Now()}}" }""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await LivePoll.UntilAsync("South degraded in the live state", Deadline, async () =>
        {
            var centre = LiveApi.Centre(await LiveApi.StateAsync(reader), LiveTestConfiguration.South);
            return (centre.GetProperty("state").GetString() == "Degraded" && centre.GetProperty("reason").GetString() == "Two trunks down", centre.ToString());
        });
        Assert.Contains(portal.CentreStates.Changes, c => c is { CentreCode: "SOUTH", State: CentreServiceState.Degraded, ChangedBy: LiveStatePortalFactory.Client });
    }

    private static string Offer(string callId, string queue) =>
        $$"""{ "type": "callOffered", "callId": "{{callId}}", "queue": "{{queue}}", "at": "{{LiveApi.Now()}}" }""";

    // Nothing of a refused batch was published: after a marker call goes through, the queue has exactly one more waiting.
    private static async Task AssertOnlyMarkerAppliedAsync(HttpClient sender, HttpClient reader, string queue, int before)
    {
        var marker = await LiveApi.PostJsonAsync(sender, LiveApi.Events, Offer($"marker-{Guid.NewGuid():N}", queue));
        Assert.Equal(HttpStatusCode.Accepted, marker.StatusCode);
        await LivePoll.UntilAsync("the marker call waiting", Deadline, async () =>
        {
            var waiting = LiveApi.Queue(await LiveApi.StateAsync(reader), queue).GetProperty("waiting").GetInt32();
            return (waiting >= before + 1, waiting.ToString());
        });
        // Give any wrongly published event of the refused batch the same chance to arrive, then count.
        await Task.Delay(300);
        Assert.Equal(before + 1, LiveApi.Queue(await LiveApi.StateAsync(reader), queue).GetProperty("waiting").GetInt32());
    }
}
