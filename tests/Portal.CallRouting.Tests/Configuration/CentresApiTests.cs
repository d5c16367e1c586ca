using System.Net;
using System.Text.Json;
using Portal.CallRouting.Tests.Support.Configuration;
using static Portal.CallRouting.Tests.Support.Configuration.RoutingApi;

namespace Portal.CallRouting.Tests.Configuration;

/// <summary><c>/api/routing/centres</c>: what it does, and what it refuses with the stored centres left as they were.</summary>
[Collection(RoutingConfigurationCollection.Name)]
public sealed class CentresApiTests(RoutingConfigurationFactory factory)
{
    [Fact]
    public async Task A_centre_is_created_read_changed_and_deleted_with_etags_and_every_change_is_audited()
    {
        using var api = await factory.BearerClientAsync();
        var code = NewCode("CEN");
        var created = await CreateOkAsync(api, "centres", new { code, name = "Hendon", staffedPositions = 42 });
        Assert.Equal("application/json", created.MediaType);
        Assert.Equal(code, created.Body.GetProperty("code").GetString());
        Assert.Equal("Normal", created.Body.GetProperty("state").GetString());
        Assert.NotNull(created.ETag);

        var read = await GetAsync(api, "/centres/" + code);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal(42, read.Body.GetProperty("staffedPositions").GetInt32());
        Assert.Contains((await GetAsync(api, "/centres")).Body.EnumerateArray(), c => c.GetProperty("code").GetString() == code);

        var changed = await SendAsync(api, HttpMethod.Put, "/centres/" + code, new { name = "Hendon North", staffedPositions = 50 }, ifMatch: read.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.NotEqual(read.ETag, changed.ETag);

        // The first version's tag is stale now: the second writer is told, and nothing changes.
        var stale = await SendAsync(api, HttpMethod.Put, "/centres/" + code, new { name = "Lost update", staffedPositions = 1 }, ifMatch: read.ETag);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal("application/problem+json", stale.MediaType);
        Assert.Equal("Hendon North", (await GetAsync(api, "/centres/" + code)).Body.GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(api, HttpMethod.Delete, "/centres/" + code, ifMatch: read.ETag)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(api, HttpMethod.Delete, "/centres/" + code, ifMatch: changed.ETag)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/centres/" + code)).Status);

        var audit = await AuditActionsAsync(api, code);
        Assert.Equal(["centre-changed", "centre-created", "centre-deleted"], audit);
    }

    [Fact]
    public async Task A_state_change_needs_a_reason_is_kept_in_the_history_and_audited()
    {
        using var api = await factory.BearerClientAsync();
        var code = NewCode("STA");
        await CreateOkAsync(api, "centres", Centre(code));

        var noReason = await PostAsync(api, $"/centres/{code}/state", new { state = "Degraded" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Equal(["reason"], noReason.ErrorFields);
        var blankReason = await PostAsync(api, $"/centres/{code}/state", new { state = "Degraded", reason = "   " });
        Assert.Equal(["reason"], blankReason.ErrorFields);
        var unknownState = await PostAsync(api, $"/centres/{code}/state", new { state = "Sleeping", reason = "r" });
        Assert.Equal(["state"], unknownState.ErrorFields);
        var numericState = await PostAsync(api, $"/centres/{code}/state", new { state = "4", reason = "r" });
        Assert.Equal(["state"], numericState.ErrorFields);
        var longReason = await PostAsync(api, $"/centres/{code}/state", new { state = "Down", reason = new string('r', 501) });
        Assert.Equal(["reason"], longReason.ErrorFields);
        Assert.Equal(0, (await GetAsync(api, $"/centres/{code}/history")).Body.GetArrayLength());

        var degraded = await PostAsync(api, $"/centres/{code}/state", new { state = "Degraded", reason = "Half the floor evacuated" });
        Assert.Equal(HttpStatusCode.OK, degraded.Status);
        Assert.Equal("Degraded", degraded.Body.GetProperty("state").GetString());
        Assert.Equal("Half the floor evacuated", degraded.Body.GetProperty("stateReason").GetString());
        Assert.Equal("client:" + RoutingConfigurationFactory.Client, degraded.Body.GetProperty("stateChangedBy").GetString());
        await PostAsync(api, $"/centres/{code}/state", new { state = "Normal", reason = "Floor back in use" });

        var history = await GetAsync(api, $"/centres/{code}/history");
        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.Equal(["Normal", "Degraded"], history.Body.EnumerateArray().Select(h => h.GetProperty("state").GetString()!).ToArray());
        Assert.Equal("Half the floor evacuated", history.Body[1].GetProperty("reason").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(api, "/centres/NO-SUCH-CENTRE/state", new { state = "Down", reason = "r" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/centres/NO-SUCH-CENTRE/history")).Status);
        Assert.Equal(2, (await AuditActionsAsync(api, code)).Count(a => a == "centre-state-changed"));
    }

    public static TheoryData<string, string> BadCentres => new()
    {
        { "code", """{"code": "lower", "name": "N", "staffedPositions": 1}""" },
        { "code", """{"code": "A", "name": "N", "staffedPositions": 1}""" },
        { "code", """{"code": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "name": "N", "staffedPositions": 1}""" },
        { "code", """{"code": "HAS SPACE", "name": "N", "staffedPositions": 1}""" },
        { "code", """{"name": "No code", "staffedPositions": 1}""" },
        { "name", """{"code": "BAD-NAME", "staffedPositions": 1}""" },
        { "name", """{"code": "BAD-NAME", "name": "  ", "staffedPositions": 1}""" },
        { "name", $$"""{"code": "BAD-NAME", "name": "{{new string('n', 101)}}", "staffedPositions": 1}""" },
        { "staffedPositions", """{"code": "BAD-STAFF", "name": "N"}""" },
        { "staffedPositions", """{"code": "BAD-STAFF", "name": "N", "staffedPositions": -1}""" },
        { "staffedPositions", """{"code": "BAD-STAFF", "name": "N", "staffedPositions": "many"}""" },
        { "scheduleCode", """{"code": "BAD-SCHED", "name": "N", "staffedPositions": 1, "scheduleCode": "NO-SUCH-SCHEDULE"}""" },
        { "colour", """{"code": "BAD-FIELD", "name": "N", "staffedPositions": 1, "colour": "blue"}""" },
    };

    [Theory]
    [MemberData(nameof(BadCentres))]
    public async Task Bad_input_is_a_400_problem_naming_the_field_and_nothing_is_stored(string field, string json)
    {
        using var api = await factory.BearerClientAsync();
        var before = await CodesAsync(api);

        var answer = await SendAsync(api, HttpMethod.Post, "/centres", rawJson: json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Contains(field, answer.ErrorFields);
        Assert.Equal(before, await CodesAsync(api));
    }

    [Fact]
    public async Task A_taken_code_is_a_409_a_code_cannot_change_and_unknown_centres_are_404()
    {
        using var api = await factory.BearerClientAsync();
        var code = NewCode("DUP");
        await CreateOkAsync(api, "centres", Centre(code));

        var duplicate = await PostAsync(api, "/centres", new { code, name = "Second", staffedPositions = 3 });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(["code"], duplicate.ErrorFields);
        Assert.Equal("Centre " + code, (await GetAsync(api, "/centres/" + code)).Body.GetProperty("name").GetString());

        var renamed = await SendAsync(api, HttpMethod.Put, "/centres/" + code, new { code = "OTHER-CODE", name = "N", staffedPositions = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, renamed.Status);
        Assert.Equal(["code"], renamed.ErrorFields);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/centres/NO-SUCH-CENTRE")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(api, HttpMethod.Put, "/centres/NO-SUCH-CENTRE", new { name = "N", staffedPositions = 1 })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(api, HttpMethod.Delete, "/centres/NO-SUCH-CENTRE")).Status);
    }

    [Fact]
    public async Task A_centre_still_serving_a_queue_cannot_be_deleted_and_the_refusal_names_the_queues()
    {
        using var api = await factory.BearerClientAsync();
        var centre = NewCode("SRV");
        var queue = NewCode("Q");
        await CreateOkAsync(api, "centres", Centre(centre));
        await CreateOkAsync(api, "queues", Queue(queue, (centre, 1)));

        var refused = await SendAsync(api, HttpMethod.Delete, "/centres/" + centre);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("application/problem+json", refused.MediaType);
        Assert.Equal([queue], refused.Body.GetProperty("queues").EnumerateArray().Select(q => q.GetString()!).ToArray());
        Assert.Contains(queue, refused.Body.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(api, "/centres/" + centre)).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(api, HttpMethod.Delete, "/queues/" + queue)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(api, HttpMethod.Delete, "/centres/" + centre)).Status);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_a_413_and_nothing_is_stored()
    {
        using var api = await factory.BearerClientAsync();
        var code = NewCode("BIG");
        var json = JsonSerializer.Serialize(new { code, name = "Big", staffedPositions = 1, padding = new string('x', 1024 * 1024) });

        var answer = await SendAsync(api, HttpMethod.Post, "/centres", rawJson: json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/centres/" + code)).Status);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        using var api = await factory.BearerClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, RoutingConfigurationFactory.Tenant + "/api/routing/centres")
        {
            Content = new StringContent("code=X", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        using var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static async Task<IReadOnlyList<string>> CodesAsync(HttpClient api) =>
        (await GetAsync(api, "/centres")).Body.EnumerateArray().Select(c => c.GetProperty("code").GetString()!).Order().ToList();

    internal static async Task<IReadOnlyList<string>> AuditActionsAsync(HttpClient api, string subject)
    {
        using var response = await api.GetAsync($"{RoutingConfigurationFactory.Tenant}/api/audit?category=routing&q={Uri.EscapeDataString(subject)}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"audit search answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("subject").GetString() == subject)
            .Select(e => e.GetProperty("action").GetString()!).Order().ToList();
    }
}
