using System.Net;
using Portal.CallRouting.Tests.Support.Configuration;
using static Portal.CallRouting.Tests.Support.Configuration.RoutingApi;

namespace Portal.CallRouting.Tests.Configuration;

/// <summary><c>/api/routing/schedules</c>: weekly hours, date overrides, the manual override, and what is refused.</summary>
[Collection(RoutingConfigurationCollection.Name)]
public sealed class SchedulesApiTests(RoutingConfigurationFactory factory)
{
    [Fact]
    public async Task A_schedule_is_created_read_changed_overridden_and_deleted()
    {
        using var api = await factory.BearerClientAsync();
        var code = NewCode("SCH");
        var created = await CreateOkAsync(api, "schedules", Schedule(code));
        var week = created.Body.GetProperty("week");
        Assert.Equal(["Monday", "Saturday"], week.EnumerateArray().Select(d => d.GetProperty("day").GetString()!).ToArray());
        Assert.Equal("13:00", week[0].GetProperty("periods")[1].GetProperty("opens").GetString());
        Assert.Equal("00:00", week[1].GetProperty("periods")[0].GetProperty("closes").GetString());
        Assert.Equal("2026-12-24", created.Body.GetProperty("overrides")[0].GetProperty("date").GetString());
        Assert.True(created.Body.GetProperty("closedOnBankHolidays").GetBoolean());

        var forced = await PostAsync(api, $"/schedules/{code}/override", new { mode = "ForceClosed", reason = "Flooding at the centre" });
        Assert.Equal(HttpStatusCode.OK, forced.Status);
        Assert.Equal("ForceClosed", forced.Body.GetProperty("manualOverride").GetProperty("mode").GetString());
        Assert.Equal("client:" + RoutingConfigurationFactory.Client, forced.Body.GetProperty("manualOverride").GetProperty("setBy").GetString());

        // Changing the hours keeps the override; only the override endpoint lifts it.
        var changed = await SendAsync(api, HttpMethod.Put, "/schedules/" + code, new
        {
            name = "Weekdays", week = new[] { new { day = "Friday", periods = new[] { new { opens = "00:00", closes = "00:00" } } } },
        }, ifMatch: forced.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal("ForceClosed", changed.Body.GetProperty("manualOverride").GetProperty("mode").GetString());
        Assert.False(changed.Body.GetProperty("closedOnBankHolidays").GetBoolean());
        Assert.Equal(0, changed.Body.GetProperty("overrides").GetArrayLength());

        var stale = await SendAsync(api, HttpMethod.Put, "/schedules/" + code, Schedule(code), ifMatch: created.ETag);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);

        var lifted = await PostAsync(api, $"/schedules/{code}/override", new { mode = "None", reason = "Water pumped out" });
        Assert.Equal(HttpStatusCode.OK, lifted.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lifted.Body.GetProperty("manualOverride").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(api, HttpMethod.Delete, "/schedules/" + code)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/schedules/" + code)).Status);
        Assert.Equal(["schedule-changed", "schedule-created", "schedule-deleted", "schedule-override-lifted", "schedule-override-set"],
            await CentresApiTests.AuditActionsAsync(api, code));
    }

    public static TheoryData<string, string> BadSchedules => new()
    {
        { "code", """{"code": "s", "name": "N"}""" },
        { "name", """{"code": "BAD-SCHED"}""" },
        { "week[0].day", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "Funday", "periods": []}]}""" },
        { "week[0].day", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "1", "periods": []}]}""" },
        { "week[1].day", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "Monday", "periods": []}, {"day": "Monday", "periods": []}]}""" },
        { "week[0].periods[0].closes", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "Monday", "periods": [{"opens": "20:00", "closes": "08:00"}]}]}""" },
        { "week[0].periods[0].closes", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "Monday", "periods": [{"opens": "08:00", "closes": "08:00"}]}]}""" },
        { "week[0].periods[0].opens", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "Monday", "periods": [{"opens": "8am", "closes": "12:00"}]}]}""" },
        { "week[0].periods[0].closes", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "Monday", "periods": [{"opens": "08:00", "closes": "24:00"}]}]}""" },
        { "week[0].periods[1]", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "Monday", "periods": [{"opens": "08:00", "closes": "12:00"}, {"opens": "11:00", "closes": "13:00"}]}]}""" },
        { "week[0].periods[0]", """{"code": "BAD-SCHED", "name": "N", "week": [{"day": "Monday", "periods": [{"opens": "20:00", "closes": "00:00"}, {"opens": "08:00", "closes": "21:00"}]}]}""" },
        { "overrides[0].date", """{"code": "BAD-SCHED", "name": "N", "overrides": [{"date": "24/12/2026", "periods": []}]}""" },
        { "overrides[1].date", """{"code": "BAD-SCHED", "name": "N", "overrides": [{"date": "2026-12-24", "periods": []}, {"date": "2026-12-24", "periods": []}]}""" },
        { "overrides[0].periods[0].closes", """{"code": "BAD-SCHED", "name": "N", "overrides": [{"date": "2026-12-24", "periods": [{"opens": "14:00", "closes": "09:00"}]}]}""" },
        { "closedOnBankHolidays", """{"code": "BAD-SCHED", "name": "N", "closedOnBankHolidays": "yes"}""" },
        { "manual", """{"code": "BAD-SCHED", "name": "N", "manual": {"mode": "ForceOpen"}}""" },
    };

    [Theory]
    [MemberData(nameof(BadSchedules))]
    public async Task Bad_input_is_a_400_problem_naming_the_field_path_and_nothing_is_stored(string field, string json)
    {
        using var api = await factory.BearerClientAsync();
        var before = await CodesAsync(api);

        var answer = await SendAsync(api, HttpMethod.Post, "/schedules", rawJson: json);

        Assert.True(answer.Status == HttpStatusCode.BadRequest, answer.ToString());
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Contains(field, answer.ErrorFields);
        Assert.Equal(before, await CodesAsync(api));
    }

    public static TheoryData<string, string> BadOverrides => new()
    {
        { "reason", """{"mode": "ForceOpen"}""" },
        { "reason", """{"mode": "None", "reason": " "}""" },
        { "mode", """{"reason": "Snow"}""" },
        { "mode", """{"mode": "Sometimes", "reason": "Snow"}""" },
        { "until", """{"mode": "ForceOpen", "until": "2000-01-01T00:00:00Z", "reason": "Snow"}""" },
        { "until", """{"mode": "ForceOpen", "until": "tomorrow", "reason": "Snow"}""" },
    };

    [Theory]
    [MemberData(nameof(BadOverrides))]
    public async Task A_bad_manual_override_is_a_400_naming_the_field_and_the_schedule_is_unchanged(string field, string json)
    {
        using var api = await factory.BearerClientAsync();
        var code = NewCode("OVR");
        var created = await CreateOkAsync(api, "schedules", Schedule(code));

        var answer = await SendAsync(api, HttpMethod.Post, $"/schedules/{code}/override", rawJson: json);

        Assert.True(answer.Status == HttpStatusCode.BadRequest, answer.ToString());
        Assert.Contains(field, answer.ErrorFields);
        Assert.Equal(created.ETag, (await GetAsync(api, "/schedules/" + code)).ETag);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(api, "/schedules/NO-SUCH-SCHEDULE/override", new { mode = "ForceOpen", reason = "r" })).Status);
    }

    [Fact]
    public async Task A_schedule_in_use_cannot_be_deleted_and_the_refusal_names_its_users()
    {
        using var api = await factory.BearerClientAsync();
        var schedule = NewCode("USED");
        var centre = NewCode("USC");
        await CreateOkAsync(api, "schedules", Schedule(schedule));
        await CreateOkAsync(api, "centres", Centre(centre, schedule));

        var refused = await SendAsync(api, HttpMethod.Delete, "/schedules/" + schedule);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal(["centre " + centre], refused.Body.GetProperty("usedBy").EnumerateArray().Select(u => u.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(api, "/schedules/" + schedule)).Status);
        var duplicate = await PostAsync(api, "/schedules", Schedule(schedule));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
    }

    private static async Task<IReadOnlyList<string>> CodesAsync(HttpClient api) =>
        (await GetAsync(api, "/schedules")).Body.EnumerateArray().Select(c => c.GetProperty("code").GetString()!).Order().ToList();
}
