using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Tests.Support.Decisions;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary><c>POST /met/api/routing/decisions</c>: the answer, and every refusal.</summary>
public sealed class DecisionsApiTests(DecisionsPortalFactory factory) : IClassFixture<DecisionsPortalFactory>
{
    private const string Url = "/met/api/routing/decisions";

    private void Publish() => factory.Inputs.Plan = new DecisionPlanBuilder()
        .WithPolicy("999", [new ServingCentresAction()],
            Rule("a-down", 1, [new CentreStateCondition("A", [CentreServiceState.Down])], new RouteToCentreAction("C"), new NotifyAction("duty", "A is down")))
        .Build(version: 12);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_decision_names_queue_target_action_rule_plan_version_and_trace()
    {
        Publish();
        factory.Inputs.Live = LiveStates.Centres(("A", CentreServiceState.Down));
        using var api = await factory.AutomationAsync("routing.read");

        var response = await api.PostAsync(Url, Json("""{"service":"999","callerId":"+447700900123","at":"2026-11-25T12:00:00Z"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Sent whole with its length (SizedJsonResult), not in chunks.
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((await response.Content.ReadAsByteArrayAsync()).Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(12, body.GetProperty("planVersion").GetInt32());
        Assert.Equal("999", body.GetProperty("queue").GetString());
        Assert.Equal("routeToCentre", body.GetProperty("action").GetString());
        Assert.Equal("centre", body.GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal("C", body.GetProperty("target").GetProperty("centre").GetString());
        Assert.Equal("a-down", body.GetProperty("rule").GetProperty("id").GetString());
        Assert.Equal("duty", body.GetProperty("notifications")[0].GetProperty("recipient").GetString());
        var steps = body.GetProperty("trace").EnumerateArray().Select(t => t.GetProperty("step").GetString()).ToList();
        Assert.Equal(["queueChosen", "ruleFired"], steps);
    }

    [Fact]
    public async Task Caller_and_time_are_optional()
    {
        Publish();
        factory.Inputs.Live = LiveStates.Idle;
        using var api = await factory.AutomationAsync("routing.read");

        var response = await api.PostAsync(Url, Json("""{"service":"999"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("A", body.GetProperty("target").GetProperty("centre").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("rule").ValueKind);
        Assert.True((DateTimeOffset.UtcNow - body.GetProperty("at").GetDateTimeOffset()).Duration() < TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task An_unknown_service_is_404()
    {
        Publish();
        using var api = await factory.AutomationAsync("routing.read");

        var problem = await ProblemAsync(await api.PostAsync(Url, Json("""{"service":"112"}""")), HttpStatusCode.NotFound);

        Assert.True(problem.GetProperty("errors").TryGetProperty("service", out _));
    }

    [Theory]
    [InlineData("""{"service":"999","at":"yesterday"}""", "at")]
    [InlineData("""{"service":"999","at":"2026-11-27T10:00:00"}""", "at")]
    [InlineData("""{"service":"999","at":"2026-13-45T10:00:00Z"}""", "at")]
    [InlineData("""{"service":"999","callerId":"call me"}""", "callerId")]
    [InlineData("""{"service":"999","callerId":""}""", "callerId")]
    [InlineData("""{"service":"999","callerId":"+44 20 7946 0000"}""", "callerId")]
    [InlineData("""{"service":""}""", "service")]
    [InlineData("""{"callerId":"+447700900123"}""", "service")]
    [InlineData("""{"service":"999","colour":"blue"}""", "colour")]
    [InlineData("""{"service":999}""", "service")]
    public async Task Malformed_fields_are_400_naming_the_field(string json, string field)
    {
        Publish();
        using var api = await factory.AutomationAsync("routing.read");

        var problem = await ProblemAsync(await api.PostAsync(Url, Json(json)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        Publish();
        using var api = await factory.AutomationAsync("routing.read");

        await ProblemAsync(await api.PostAsync(Url, new StringContent("service=999", Encoding.UTF8, "application/x-www-form-urlencoded")),
            HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_1_MB_is_413()
    {
        Publish();
        using var api = await factory.AutomationAsync("routing.read");

        var json = "{\"service\":\"999\",\"callerId\":\"" + new string('1', 1024 * 1024) + "\"}";
        await ProblemAsync(await api.PostAsync(Url, Json(json)), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Without_a_published_plan_the_answer_is_503_with_a_problem()
    {
        factory.Inputs.Plan = null;
        try
        {
            using var api = await factory.AutomationAsync("routing.read");

            var problem = await ProblemAsync(await api.PostAsync(Url, Json("""{"service":"999"}""")), HttpStatusCode.ServiceUnavailable);

            Assert.Equal("No routing plan is published.", problem.GetProperty("title").GetString());
        }
        finally
        {
            Publish();
        }
    }

    [Fact]
    public async Task Anonymous_is_401()
    {
        using var anonymous = factory.CreateApiClient();

        var response = await anonymous.PostAsync(Url, Json("""{"service":"999"}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_routing_read_is_403_even_with_routing_events()
    {
        Publish();
        using var api = await factory.AutomationAsync("routing.events");

        var response = await api.PostAsync(Url, Json("""{"service":"999"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_client_without_the_view_permission_is_403()
    {
        Publish();
        var secret = await factory.RegisterClientAsync("decisions-no-role", [], ["routing.read"]);
        using var api = factory.Bearer(await factory.TokenAsync("decisions-no-role", secret, "routing.read"));

        var response = await api.PostAsync(Url, Json("""{"service":"999"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
