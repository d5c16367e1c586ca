using System.Net;
using Portal.CallRouting.Tests.Support.Configuration;
using static Portal.CallRouting.Tests.Support.Configuration.RoutingApi;

namespace Portal.CallRouting.Tests.Configuration;

/// <summary><c>/api/routing/queues</c>: queues with their serving centres, and what is refused.</summary>
[Collection(RoutingConfigurationCollection.Name)]
public sealed class QueuesApiTests(RoutingConfigurationFactory factory)
{
    private const string KnownCentre = "QTEST-KNOWN";

    [Fact]
    public async Task A_queue_is_created_with_serving_centres_in_preference_order_changed_with_an_etag_and_deleted()
    {
        using var api = await factory.BearerClientAsync();
        var (first, second) = (NewCode("QC1"), NewCode("QC2"));
        await CreateOkAsync(api, "centres", Centre(first));
        await CreateOkAsync(api, "centres", Centre(second));
        var code = NewCode("Q999");

        var created = await CreateOkAsync(api, "queues", new
        {
            code, name = "Emergency", service = "999", priority = 1, maxLength = 500, maxWaitSeconds = 900,
            announcement = "All our call handlers are busy.", distribution = "round-robin",
            servingCentres = new[] { new { centreCode = second, preference = 2 }, new { centreCode = first, preference = 1 } },
        });
        Assert.Equal("round-robin", created.Body.GetProperty("distribution").GetString());
        Assert.Equal([first, second], created.Body.GetProperty("servingCentres").EnumerateArray().Select(s => s.GetProperty("centreCode").GetString()!).ToArray());

        var changed = await SendAsync(api, HttpMethod.Put, "/queues/" + code, new
        {
            name = "Non-emergency", service = "101", priority = 3, maxLength = 50, maxWaitSeconds = 1200, distribution = "ring-all",
            servingCentres = new[] { new { centreCode = second, preference = 1 } },
        }, ifMatch: created.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        var read = await GetAsync(api, "/queues/" + code);
        Assert.Equal("101", read.Body.GetProperty("service").GetString());
        Assert.Equal(changed.ETag, read.ETag);
        Assert.Equal([second], read.Body.GetProperty("servingCentres").EnumerateArray().Select(s => s.GetProperty("centreCode").GetString()!).ToArray());

        var stale = await SendAsync(api, HttpMethod.Put, "/queues/" + code, Queue(code, (first, 1)), ifMatch: created.ETag);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal("101", (await GetAsync(api, "/queues/" + code)).Body.GetProperty("service").GetString());

        var named = await CreateOkAsync(api, "queues", new
        {
            code = code + "-E", name = "Crimestoppers", service = "Crimestoppers", priority = 5, maxLength = 10, maxWaitSeconds = 60,
            distribution = "longest-idle", servingCentres = new[] { new { centreCode = first, preference = 5 } },
        });
        Assert.Equal("Crimestoppers", named.Body.GetProperty("service").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(api, HttpMethod.Delete, "/queues/" + code, ifMatch: changed.ETag)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/queues/" + code)).Status);
        Assert.Equal(["queue-changed", "queue-created", "queue-deleted"], await CentresApiTests.AuditActionsAsync(api, code));
    }

    public static TheoryData<string, string> BadQueues => new()
    {
        { "code", Json("code", "\"q1\"") },
        { "name", Json("name", "\"\"") },
        { "service", Json("service", "\"99\"") },
        { "service", Json("service", "\"9999\"") },
        { "service", Json("service", "\"\"") },
        { "service", Json("service", "\"<script>\"") },
        { "priority", Json("priority", "0") },
        { "priority", Json("priority", "11") },
        { "maxLength", Json("maxLength", "0") },
        { "maxWaitSeconds", Json("maxWaitSeconds", "-5") },
        { "announcement", Json("announcement", $"\"{new string('a', 501)}\"") },
        { "distribution", Json("distribution", "\"random\"") },
        { "distribution", Json("distribution", "null") },
        { "scheduleCode", Json("scheduleCode", "\"NO-SUCH-SCHEDULE\"") },
        { "servingCentres", Json("servingCentres", "[]") },
        { "servingCentres[1].preference", Json("servingCentres", $$"""[{"centreCode": "{{KnownCentre}}", "preference": 1}, {"centreCode": "{{KnownCentre}}-2", "preference": 6}]""") },
        { "servingCentres[0].preference", Json("servingCentres", $$"""[{"centreCode": "{{KnownCentre}}", "preference": 0}]""") },
        { "servingCentres[0].preference", Json("servingCentres", $$"""[{"centreCode": "{{KnownCentre}}"}]""") },
        { "servingCentres[0].centreCode", Json("servingCentres", """[{"centreCode": "NO-SUCH-CENTRE", "preference": 1}]""") },
        { "servingCentres[1].centreCode", Json("servingCentres", $$"""[{"centreCode": "{{KnownCentre}}", "preference": 1}, {"centreCode": "{{KnownCentre}}", "preference": 2}]""") },
        { "servingCentres", Json("servingCentres", "\"LONDON\"") },
        { "overflow", Json("overflow", "true") },
    };

    [Theory]
    [MemberData(nameof(BadQueues))]
    public async Task Bad_input_is_a_400_problem_naming_the_field_path_and_nothing_is_stored(string field, string json)
    {
        using var api = await factory.BearerClientAsync();
        await EnsureCentreAsync(api, KnownCentre);
        await EnsureCentreAsync(api, KnownCentre + "-2");
        var before = await CodesAsync(api);

        var answer = await SendAsync(api, HttpMethod.Post, "/queues", rawJson: json);

        Assert.True(answer.Status == HttpStatusCode.BadRequest, answer.ToString());
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Contains(field, answer.ErrorFields);
        Assert.Equal(before, await CodesAsync(api));
    }

    [Fact]
    public async Task A_taken_code_is_a_409_and_a_bad_change_leaves_the_queue_as_it_was()
    {
        using var api = await factory.BearerClientAsync();
        var centre = NewCode("QDC");
        await CreateOkAsync(api, "centres", Centre(centre));
        var code = NewCode("QD");
        await CreateOkAsync(api, "queues", Queue(code, (centre, 1)));

        var duplicate = await PostAsync(api, "/queues", Queue(code, (centre, 2)));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(["code"], duplicate.ErrorFields);

        var bad = await SendAsync(api, HttpMethod.Put, "/queues/" + code, Queue(code, (centre, 9)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(["servingCentres[0].preference"], bad.ErrorFields);
        Assert.Equal(1, (await GetAsync(api, "/queues/" + code)).Body.GetProperty("servingCentres")[0].GetProperty("preference").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(api, HttpMethod.Put, "/queues/NO-SUCH-QUEUE", Queue("NO-SUCH-QUEUE", (centre, 1)))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(api, HttpMethod.Delete, "/queues/NO-SUCH-QUEUE")).Status);
    }

    private static string Json(string field, string value)
    {
        var fields = new Dictionary<string, string>
        {
            ["code"] = "\"BAD-QUEUE\"", ["name"] = "\"Bad\"", ["service"] = "\"999\"", ["priority"] = "1", ["maxLength"] = "10",
            ["maxWaitSeconds"] = "60", ["distribution"] = "\"longest-idle\"",
            ["servingCentres"] = $$"""[{"centreCode": "{{KnownCentre}}", "preference": 1}]""",
        };
        fields[field] = value;
        return "{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}";
    }

    private static async Task EnsureCentreAsync(HttpClient api, string code)
    {
        if ((await GetAsync(api, "/centres/" + code)).Status == HttpStatusCode.NotFound)
        {
            var answer = await PostAsync(api, "/centres", Centre(code));
            Assert.True(answer.Status is HttpStatusCode.Created or HttpStatusCode.Conflict, answer.ToString());
        }
    }

    private static async Task<IReadOnlyList<string>> CodesAsync(HttpClient api) =>
        (await GetAsync(api, "/queues")).Body.EnumerateArray().Select(c => c.GetProperty("code").GetString()!).Order().ToList();
}
