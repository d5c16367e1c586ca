using System.Net;
using Portal.CallRouting.Tests.Support;

namespace Portal.CallRouting.Tests.Agreements;

/// <summary>The pages of <c>~/routing/agreements</c>: propose at met, accept at city behind a confirmation, errors in the summary.</summary>
[Collection(AgreementsPortalCollection.Name)]
public sealed class OverflowAgreementPagesTests(AgreementsPortalFixture portal)
{
    private const string Met = AgreementsPortalFixture.Met;
    private const string City = AgreementsPortalFixture.City;

    [Fact]
    public async Task Met_proposes_on_its_page_and_city_accepts_after_confirming()
    {
        using var met = await AgreementsBrowser.SignInAsync(portal.Factory, Met);
        using var city = await AgreementsBrowser.SignInAsync(portal.Factory, City);
        var queue = await portal.QueueOfAsync(Met);
        var year = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var proposed = await met.PostFormAsync($"/{Met}/routing/agreements/propose", $"/{Met}/routing/agreements/propose",
        [
            new("Partner", City), new("QueueCode", queue), new("MaxConcurrentCalls", "3"), new("Hours", "Saturday 20:00-00:00\nSunday 00:00-06:00"),
            new("ExpiresDay", "31"), new("ExpiresMonth", "3"), new("ExpiresYear", year),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var details = proposed.Headers.Location!.OriginalString;
        var id = details[(details.LastIndexOf('/') + 1)..];
        var page = await met.Http.GetStringAsync(details);
        Assert.Contains("Saturday: 20:00 to 00:00", page);
        Assert.Contains("Proposed", page);

        using var cityApi = await portal.ClientAsync(City);
        await Poll.UntilAsync(() => cityApi.StateAsync(id), s => s == "Proposed", "city's copy of the proposal");
        var confirm = await city.Http.GetStringAsync($"/{City}/routing/agreements/{id}/accept");
        Assert.Contains("Yes, accept", confirm);
        var accepted = await city.PostFormAsync($"/{City}/routing/agreements/{id}/accept", $"/{City}/routing/agreements/{id}/accept", []);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        using var metApi = await portal.ClientAsync(Met);
        await Poll.UntilAsync(() => metApi.StateAsync(id), s => s == "Accepted", "met's copy to be accepted");
        Assert.Contains(id, await met.Http.GetStringAsync($"/{Met}/routing/agreements"));
    }

    [Fact]
    public async Task A_bad_proposal_is_shown_again_with_each_error_linked_to_its_field_and_nothing_stored()
    {
        using var met = await AgreementsBrowser.SignInAsync(portal.Factory, Met);
        using var api = await portal.ClientAsync(Met);
        var before = (await api.ListAsync()).Body.GetArrayLength();

        var response = await met.PostFormAsync($"/{Met}/routing/agreements/propose", $"/{Met}/routing/agreements/propose",
        [
            new("Partner", Met), new("QueueCode", "Q 1"), new("MaxConcurrentCalls", "many"), new("Hours", "Funday 08:00-20:00"),
            new("ExpiresDay", "31"), new("ExpiresMonth", "2"), new("ExpiresYear", "2030"),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var summary = AgreementsBrowser.ErrorSummary(await response.Content.ReadAsStringAsync());
        Assert.Contains("href=\"#MaxConcurrentCalls\"", summary);
        Assert.Contains("href=\"#Hours\"", summary);
        Assert.Contains("href=\"#ExpiresDay\"", summary);
        Assert.Equal(before, (await api.ListAsync()).Body.GetArrayLength());

        var partnerOnly = await met.PostFormAsync($"/{Met}/routing/agreements/propose", $"/{Met}/routing/agreements/propose",
        [
            new("Partner", Met), new("QueueCode", "Q1"), new("MaxConcurrentCalls", "2"), new("ExpiresDay", "1"), new("ExpiresMonth", "1"), new("ExpiresYear", "2099"),
        ]);
        Assert.Contains("href=\"#Partner\"", AgreementsBrowser.ErrorSummary(await partnerOnly.Content.ReadAsStringAsync()));
        Assert.Equal(before, (await api.ListAsync()).Body.GetArrayLength());
    }

    [Fact]
    public async Task A_decline_without_a_reason_is_refused_on_the_confirmation_page()
    {
        using var metApi = await portal.ClientAsync(Met);
        using var cityApi = await portal.ClientAsync(City);
        var (_, proposed) = await metApi.ProposeAsync(AgreementsClient.Proposal(City, await portal.QueueOfAsync(Met)));
        var id = proposed.GetProperty("id").GetString()!;
        await Poll.UntilAsync(() => cityApi.StateAsync(id), s => s == "Proposed", "city's copy");
        using var city = await AgreementsBrowser.SignInAsync(portal.Factory, City);

        var response = await city.PostFormAsync($"/{City}/routing/agreements/{id}/decline", $"/{City}/routing/agreements/{id}/decline", [new("Reason", " ")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("href=\"#Reason\"", AgreementsBrowser.ErrorSummary(await response.Content.ReadAsStringAsync()));
        Assert.Equal("Proposed", await cityApi.StateAsync(id));
    }

    [Fact]
    public async Task The_pages_ask_an_anonymous_visitor_to_sign_in()
    {
        using var anonymous = portal.Factory.CreateApiClient();
        var response = await anonymous.GetAsync($"/{Met}/routing/agreements");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("login", response.Headers.Location!.OriginalString);
    }
}
