using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.Tests.Support.Partner;

namespace Portal.CallRouting.Tests.Partner;

/// <summary>
/// End to end between met and city on the embedded bus: met's decisions overflow calls to city under an accepted
/// agreement; city's dashboard (state API, stream, page without JavaScript) shows them against the agreed maximum; city's
/// own telephony reporting a call answered frees room at met, which the decisions keep to.
/// </summary>
[Collection(PartnerPortalCollection.Name)]
public sealed class PartnerOverflowDashboardTests(PartnerPortalFixture portal)
{
    private const string Met = PartnerPortalFixture.Met;
    private const string City = PartnerPortalFixture.City;

    [Fact]
    public async Task Calls_overflowed_by_decisions_show_at_the_partner_and_the_agreed_maximum_holds_until_one_is_answered()
    {
        var id = await portal.AcceptedAgreementAsync(maxConcurrentCalls: 2);
        portal.Plans.AgreementId = id;
        using var met = await portal.ClientAsync(Met, "routing.read");
        using var city = await portal.ClientAsync(City, "routing.read");
        using var cityTelephony = await portal.ClientAsync(City, "routing.events");
        var calls = Enumerable.Range(1, 4).Select(i => $"{id}-call-{i}").ToArray();

        // Two calls fill the agreement; the third stays with met's own centre.
        Assert.Equal(ToPartner(id), await DecideAsync(met, calls[0]));
        Assert.Equal(ToPartner(id), await DecideAsync(met, calls[1]));
        // Asking again about the same call (a retry) does not count it twice.
        Assert.Equal(ToPartner(id), await DecideAsync(met, calls[1]));
        var third = await DecideAsync(met, calls[2]);
        Assert.Equal("centre", third.Kind);

        var shown = await Poll.UntilAsync(() => portal.PartnersAsync(city), p => PartnerPortalFixture.OverflowOf(p, id) is { } o
            && o.GetProperty("inProgress").GetInt32() == 2, "city's dashboard to show met's two calls");
        var row = PartnerPortalFixture.OverflowOf(shown, id)!.Value;
        Assert.Equal(Met, row.GetProperty("partnerTenant").GetString());
        Assert.Equal(PartnerTestPlans.Queue999, row.GetProperty("queueCode").GetString());
        Assert.Equal(2, row.GetProperty("maxConcurrentCalls").GetInt32());
        Assert.Equal(2, row.GetProperty("lastFifteenMinutes").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, row.GetProperty("latestAt").ValueKind);

        // City's telephony answers the first call under the same call id: city counts one in progress, met may send one more.
        var now = DateTimeOffset.UtcNow;
        var (accepted, _) = await cityTelephony.SendAsync(HttpMethod.Post, "api/routing/events", new
        {
            type = "callAnswered", callId = calls[0], queue = PartnerTestPlans.Queue999, centre = PartnerTestPlans.Centre,
            offeredAt = now.AddSeconds(-5).ToString("O"), at = now.ToString("O"),
        });
        Assert.Equal(HttpStatusCode.Accepted, accepted);
        await Poll.UntilAsync(() => portal.PartnersAsync(city), p => PartnerPortalFixture.OverflowOf(p, id)?.GetProperty("inProgress").GetInt32() == 1,
            "city to count the answered call as no longer in progress");
        Assert.Equal(ToPartner(id), await Poll.UntilAsync(() => DecideAsync(met, calls[3]), d => d.Kind == "partner",
            "met to overflow again once city's answer freed room"));

        // The page without JavaScript has the same figures in its table, once city has counted the new call (an event
        // after the decision, so it is waited for).
        using var browser = await AgreementsBrowser.SignInAsync(portal.Factory, City);
        var inProgress = new Regex($@"data-agreement=""{id}""[\s\S]*?data-field=""inProgress"">2 of 2<");
        var html = await Poll.UntilAsync(() => browser.Http.GetStringAsync($"/{City}/routing/dashboard"), inProgress.IsMatch,
            "city's dashboard page to show two of two calls in progress");
        Assert.Contains("Calls partner forces overflow to this force", html);
    }

    [Fact]
    public async Task The_partners_dashboard_stream_carries_an_overflowed_call_live()
    {
        var id = await portal.AcceptedAgreementAsync(maxConcurrentCalls: 5);
        portal.Plans.AgreementId = id;
        using var met = await portal.ClientAsync(Met, "routing.read");
        var watcher = await portal.Factory.ApiAsync(City, "routing.read");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var request = new HttpRequestMessage(HttpMethod.Get, "routing/dashboard/stream");
        using var response = await watcher.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        await NextStateAsync(lines, timeout.Token);
        Assert.Equal(ToPartner(id), await DecideAsync(met, $"{id}-streamed"));

        JsonElement state;
        do
        {
            state = await NextStateAsync(lines, timeout.Token);
        }
        while (PartnerPortalFixture.OverflowOf(state.GetProperty("partners"), id)?.GetProperty("inProgress").GetInt32() != 1);

        Assert.Equal(5, PartnerPortalFixture.OverflowOf(state.GetProperty("partners"), id)!.Value.GetProperty("maxConcurrentCalls").GetInt32());
        watcher.Dispose();
    }

    [Fact]
    public async Task A_decision_without_a_call_id_is_a_look_up_and_tells_the_partner_nothing()
    {
        var id = await portal.AcceptedAgreementAsync(maxConcurrentCalls: 1);
        portal.Plans.AgreementId = id;
        using var met = await portal.ClientAsync(Met, "routing.read");
        using var city = await portal.ClientAsync(City, "routing.read");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ToPartner(id), await DecideAsync(met, callId: null));
        }

        // A call with an id after the look-ups still finds the agreement free, and is the only one city sees.
        Assert.Equal(ToPartner(id), await DecideAsync(met, $"{id}-real"));
        var shown = await Poll.UntilAsync(() => portal.PartnersAsync(city), p => PartnerPortalFixture.OverflowOf(p, id)?.GetProperty("lastFifteenMinutes").GetInt32() >= 1,
            "city to see the real call");
        Assert.Equal(1, PartnerPortalFixture.OverflowOf(shown, id)!.Value.GetProperty("lastFifteenMinutes").GetInt32());
        Assert.Equal(1, await portal.ReceivedCallsAsync(City, id));
        Assert.Equal(1, await portal.SentCallsAsync(Met, id));
    }

    [Fact]
    public async Task A_bad_call_id_is_400_with_the_field_and_nothing_is_sent()
    {
        var id = await portal.AcceptedAgreementAsync(maxConcurrentCalls: 3);
        portal.Plans.AgreementId = id;
        using var met = await portal.ClientAsync(Met, "routing.read");

        var (status, problem) = await met.SendAsync(HttpMethod.Post, "api/routing/decisions", new { service = "999", callId = "has spaces <b>" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", met.LastContentType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("callId", out _));
        var (_, tooLong) = await met.SendAsync(HttpMethod.Post, "api/routing/decisions", new { service = "999", callId = new string('x', 129) });
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("callId", out _));
        Assert.Equal(0, await portal.SentCallsAsync(Met, id));
    }

    private static (string Kind, string? AgreementId) ToPartner(string id) => ("partner", id);

    private static async Task<(string Kind, string? AgreementId)> DecideAsync(AgreementsClient met, string? callId)
    {
        var (status, decision) = await met.SendAsync(HttpMethod.Post, "api/routing/decisions",
            callId is null ? new { service = "999" } : new { service = "999", callId });
        Assert.True(status == HttpStatusCode.OK, $"decision answered {(int)status}: {decision}");
        var target = decision.GetProperty("target");
        return (target.GetProperty("kind").GetString()!, target.GetProperty("agreementId").GetString());
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
