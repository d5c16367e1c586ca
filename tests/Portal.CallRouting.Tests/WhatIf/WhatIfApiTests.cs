using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class WhatIfApiTests(WhatIfPortalFactory factory) : IClassFixture<WhatIfPortalFactory>
{
    private const string Url = "/met/api/routing/what-if";

    private static object Request(object? profile = null, object? versions = null, int replications = 3) => new
    {
        versions = versions ?? new[] { 1, 2 },
        profile = profile ?? TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration),
        date = "2026-12-02",
        replications,
    };

    [Fact]
    public async Task Two_versions_come_back_side_by_side()
    {
        using var api = await factory.BearerClientAsync("routing.read");

        var response = await api.PostAsJsonAsync(Url, Request());

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("2026-12-02", json.GetProperty("date").GetString());
        Assert.Equal(0.9, json.GetProperty("targetShare").GetDouble());
        var plans = json.GetProperty("plans");
        Assert.Equal(2, plans.GetArrayLength());
        var v1Emergency = plans[0].GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("queue").GetString() == "999");
        var slot = v1Emergency.GetProperty("slots")[36];
        Assert.Equal("18:00", slot.GetProperty("start").GetString());
        Assert.InRange(slot.GetProperty("erlangC").GetProperty("answeredWithinTargetShare").GetDouble(), 0, 1);
        var simulated = slot.GetProperty("simulated").GetProperty("answeredWithin10sShare");
        Assert.True(simulated.GetProperty("low").GetDouble() <= simulated.GetProperty("mean").GetDouble());
        Assert.Equal(3, simulated.GetProperty("samples").GetInt32());
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var anonymous = factory.CreateApiClient();

        var response = await anonymous.PostAsJsonAsync(Url, Request());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_routing_read_gets_403()
    {
        using var api = await factory.BearerClientAsync("routing.events");

        var response = await api.PostAsJsonAsync(Url, Request());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_version_gets_404()
    {
        using var api = await factory.BearerClientAsync("routing.read");

        var response = await api.PostAsJsonAsync(Url, Request(versions: new[] { 1, 9 }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(9, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_bad_profile_gets_422_naming_the_field()
    {
        var typical = TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration);
        var slots = typical.Slots!.ToList();
        slots[13] = slots[13] with { Queues = [new QueueArrivals("999", -4, 240), .. slots[13].Queues!.Skip(1)] };
        slots[20] = slots[20] with { Centres = [new CentreStaffing("EAST", 3)] };
        using var api = await factory.BearerClientAsync("routing.read");

        var response = await api.PostAsJsonAsync(Url, Request(profile: typical with { Slots = slots }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("profile.slots[13].queues[0].calls", out _), errors.ToString());
    }

    [Fact]
    public async Task A_centre_the_version_does_not_have_gets_422_naming_the_field()
    {
        var typical = TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration);
        var slots = typical.Slots!.ToList();
        slots[20] = slots[20] with { Centres = [new CentreStaffing("EAST", 3)] };
        using var api = await factory.BearerClientAsync("routing.read");

        var response = await api.PostAsJsonAsync(Url, Request(profile: typical with { Slots = slots }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("EAST", errors.GetProperty("profile.slots[20].centres[0].centre")[0].GetString());
    }

    [Fact]
    public async Task A_profile_of_47_half_hours_gets_422()
    {
        var typical = TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration);
        using var api = await factory.BearerClientAsync("routing.read");

        var response = await api.PostAsJsonAsync(Url, Request(profile: typical with { Slots = typical.Slots!.Take(47).ToList() }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("profile.slots", out _), errors.ToString());
    }

    [Fact]
    public async Task An_unknown_field_or_a_wrong_type_gets_400()
    {
        using var api = await factory.BearerClientAsync("routing.read");

        var unknown = await api.PostAsync(Url, new StringContent("""{"versions":[1],"profle":{}}""", Encoding.UTF8, "application/json"));
        var wrongType = await api.PostAsync(Url, new StringContent("""{"versions":"one"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("profle", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("application/problem+json", wrongType.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_type_deep_in_the_profile_is_named_by_its_whole_path()
    {
        using var api = await factory.BearerClientAsync("routing.read");

        var response = await api.PostAsync(Url, new StringContent(
            """{"versions":[1],"profile":{"slots":[{"queues":[{"queue":"999","calls":"many","averageHandlingSeconds":1}],"centres":[]}]}}""",
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("profile.slots[0].queues[0].calls", out _), errors.ToString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        using var api = await factory.BearerClientAsync("routing.read");

        var response = await api.PostAsync(Url, new StringContent("versions=1", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_gets_413()
    {
        using var api = await factory.BearerClientAsync("routing.read");
        var padding = new string(' ', 1024 * 1024);

        var response = await api.PostAsync(Url, new StringContent("{\"versions\":[1]," + padding + "\"profile\":null}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_without_a_declared_length_gets_413_problem()
    {
        using var api = await factory.BearerClientAsync("routing.read");
        var padding = new string(' ', 1024 * 1024);

        using var response = await api.PostAsync(Url, UnsizedContent.Json("{\"versions\":[1]," + padding + "\"profile\":null}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The request body is too large.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_typical_profile_of_a_version_can_be_fetched_and_sent_back()
    {
        using var api = await factory.BearerClientAsync("routing.read");

        var profile = await api.GetFromJsonAsync<JsonElement>("/met/api/routing/what-if/typical-profile/2");
        var missing = await api.GetAsync("/met/api/routing/what-if/typical-profile/9");
        var badDate = await api.GetAsync("/met/api/routing/what-if/typical-profile/2?date=02-12-2026");
        var response = await api.PostAsJsonAsync(Url, new { versions = new[] { 2 }, profile, replications = 1 });

        Assert.Equal(ArrivalProfile.SlotsPerDay, profile.GetProperty("slots").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("\"date\"", await badDate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
