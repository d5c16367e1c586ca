using System.Net;
using System.Text.Json;
using Portal.CallRouting.Tests.Support.Live;

namespace Portal.CallRouting.Tests.Live;

/// <summary><c>GET ~/routing/dashboard/stream</c>: server-sent events that deliver a change of the live state.</summary>
public sealed class DashboardStreamTests(LiveStatePortalFactory portal) : IClassFixture<LiveStatePortalFactory>
{
    [Fact]
    public async Task The_stream_delivers_an_update_after_an_event_is_accepted()
    {
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));
        using var watcher = portal.CreateApiClient(await portal.TokenAsync("routing.read"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var request = new HttpRequestMessage(HttpMethod.Get, LiveApi.Stream);
        using var response = await watcher.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        // The first message is the state as it is; then a call is offered to the 101 queue.
        var first = await NextStateAsync(lines, timeout.Token);
        var before = LiveApi.Queue(first, "Q101").GetProperty("waiting").GetInt32();
        var accepted = await LiveApi.PostJsonAsync(sender, LiveApi.Events,
            $$"""{ "type": "callOffered", "callId": "sse-1", "queue": "Q101", "at": "{{LiveApi.Now()}}" }""");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        JsonElement state;
        do
        {
            state = await NextStateAsync(lines, timeout.Token);
        }
        while (LiveApi.Queue(state, "Q101").GetProperty("waiting").GetInt32() != before + 1);

        Assert.True(state.GetProperty("lastEventAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task A_token_without_routing_read_cannot_open_the_stream()
    {
        using var client = portal.CreateApiClient(await portal.TokenAsync("routing.events"));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(LiveApi.Stream)).StatusCode);
    }

    // Reads "event: state" / "data: {...}" blocks; fails (timeout) when none comes.
    private static async Task<JsonElement> NextStateAsync(StreamReader lines, CancellationToken cancellationToken)
    {
        string? eventName = null;
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "state")
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }
}
