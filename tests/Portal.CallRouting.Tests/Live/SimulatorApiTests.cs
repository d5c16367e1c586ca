using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.CallRouting.Simulator;
using Portal.CallRouting.Tests.Support.Live;

namespace Portal.CallRouting.Tests.Live;

/// <summary>
/// <c>/api/routing/simulator</c> with the simulator feature enabled in met: its refusals, and a run whose calls move
/// the live state by the same path as real events.
/// </summary>
public sealed class SimulatorApiTests(LiveStatePortalFactory portal) : IClassFixture<LiveStatePortalFactory>
{
    [Fact]
    public async Task The_simulator_is_refused_bad_input_and_its_calls_reach_the_live_state()
    {
        await portal.Services.GetRequiredService<IShellFeatureManager>().UpdateAsync("met", [SimulatorStartup.FeatureId], [], null);
        using var anonymous = portal.CreateApiClient();
        using var reader = portal.CreateApiClient(await portal.TokenAsync("routing.read"));
        using var writer = portal.CreateApiClient(await portal.TokenAsync("routing.read routing.write"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(LiveApi.Simulator)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LiveApi.PostJsonAsync(anonymous, LiveApi.Simulator + "/start", "{}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await LiveApi.PostJsonAsync(reader, LiveApi.Simulator + "/start", "{}")).StatusCode);

        var bad = await LiveApi.PostJsonAsync(writer, LiveApi.Simulator + "/start", """{ "meanHandlingSeconds": 0, "arrivalsPerSecond": { "Q999": -1 } }""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["arrivalsPerSecond", "arrivalsPerSecond.Q999", "meanHandlingSeconds"], LiveApi.ErrorFields(await LiveApi.ProblemAsync(bad)).Order().ToArray());
        var unknown = await LiveApi.PostJsonAsync(writer, LiveApi.Simulator + "/start", """{ "arrivalsPerSecond": { "Q-NOWHERE": 1 }, "agentsPerCentre": { "EAST": 3 } }""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(["agentsPerCentre.EAST", "arrivalsPerSecond.Q-NOWHERE"], LiveApi.ErrorFields(await LiveApi.ProblemAsync(unknown)).Order().ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PostAsync(LiveApi.Simulator + "/stop", null)).StatusCode);

        var started = await LiveApi.PostJsonAsync(writer, LiveApi.Simulator + "/start",
            """{ "arrivalsPerSecond": { "Q999": 5 }, "agentsPerCentre": { "NORTH": 1, "SOUTH": 0 }, "meanHandlingSeconds": 60, "seed": 7 }""");
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await LiveApi.PostJsonAsync(writer, LiveApi.Simulator + "/start", "{}")).StatusCode);

        // 5 calls a second against 1 agent: the 999 queue fills, by the bus, like real traffic.
        await LivePoll.UntilAsync("simulated calls waiting in the 999 queue", TimeSpan.FromSeconds(60), async () =>
        {
            var queue = LiveApi.Queue(await LiveApi.StateAsync(reader), "Q999");
            return (queue.GetProperty("waiting").GetInt32() >= 5, queue.ToString());
        });
        var status = await reader.GetFromJsonAsync<JsonElement>(LiveApi.Simulator);
        Assert.True(status.GetProperty("running").GetBoolean());
        Assert.True(status.GetProperty("counts").GetProperty("offered").GetInt64() >= 5);

        Assert.Equal(HttpStatusCode.NoContent, (await writer.PostAsync(LiveApi.Simulator + "/stop", null)).StatusCode);
        // Stopping hangs up the simulated callers still waiting: the queue empties.
        await LivePoll.UntilAsync("the 999 queue empty after the simulator stopped", TimeSpan.FromSeconds(60), async () =>
        {
            var queue = LiveApi.Queue(await LiveApi.StateAsync(reader), "Q999");
            return (queue.GetProperty("waiting").GetInt32() == 0, queue.ToString());
        });
        Assert.False((await reader.GetFromJsonAsync<JsonElement>(LiveApi.Simulator)).GetProperty("running").GetBoolean());
    }
}
