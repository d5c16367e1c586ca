using System.Net;
using System.Text.Json;
using Portal.CallRouting.Tests.Support;

namespace Portal.CallRouting.Tests.Agreements;

/// <summary>What the agreements API refuses, with the status and field it names; nothing is stored or sent then.</summary>
[Collection(AgreementsPortalCollection.Name)]
public sealed class OverflowAgreementRefusalTests(AgreementsPortalFixture portal)
{
    private const string Met = AgreementsPortalFixture.Met;
    private const string City = AgreementsPortalFixture.City;

    [Theory]
    [InlineData("nosuchforce", "is not a police force")]
    [InlineData(AgreementsPortalFixture.NotAForce, "is not a police force")]
    [InlineData("Default", "is not a police force")]
    [InlineData(Met, "with itself")]
    [InlineData("", "Name the partner force")]
    public async Task A_partner_that_is_not_another_police_force_is_refused_with_422(string partner, string message)
    {
        using var met = await portal.ClientAsync(Met);
        var before = await CountAsync(met);

        var (status, problem) = await met.ProposeAsync(AgreementsClient.Proposal(partner, await portal.QueueOfAsync(Met)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(message, FieldError(problem, "partner"));
        Assert.Equal(before, await CountAsync(met));
    }

    [Fact]
    public async Task Bad_terms_are_refused_with_422_naming_each_field()
    {
        using var met = await portal.ClientAsync(Met);
        var before = await CountAsync(met);
        var body = new
        {
            partner = City,
            queueCode = "no spaces allowed",
            maxConcurrentCalls = 0,
            expiresAt = DateTimeOffset.UtcNow.AddDays(-1),
            hours = new object[]
            {
                new { day = "Monday", periods = new[] { new { opens = "20:00:00", closes = "08:00:00" } } },
                new { day = "Tuesday", periods = new[] { new { opens = "08:00:00", closes = "12:00:00" }, new { opens = "11:00:00", closes = "13:00:00" } } },
                new { day = "Monday", periods = new[] { new { opens = "08:00:00", closes = "00:00:00" } } },
            },
        };

        var (status, problem) = await met.ProposeAsync(body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("letters, digits", FieldError(problem, "queueCode"));
        Assert.Contains("Between 1 and", FieldError(problem, "maxConcurrentCalls"));
        Assert.Contains("future", FieldError(problem, "expiresAt"));
        Assert.Contains("closes after it opens", FieldError(problem, "hours[0].periods[0].closes"));
        Assert.Contains("overlap", FieldError(problem, "hours[1].periods[1]"));
        Assert.Contains("at most once", FieldError(problem, "hours[2].day"));
        Assert.Equal(before, await CountAsync(met));
    }

    [Fact]
    public async Task Missing_terms_are_refused_with_422_and_an_unknown_field_with_400()
    {
        using var met = await portal.ClientAsync(Met);

        var (missing, problem) = await met.ProposeRawAsync("{}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing);
        foreach (var field in new[] { "partner", "queueCode", "maxConcurrentCalls", "expiresAt" })
        {
            Assert.NotEmpty(FieldError(problem, field));
        }

        var (unknown, unknownProblem) = await met.ProposeRawAsync("""{"partner":"city","queueCode":"Q1","maxConcurrentCalls":1,"expiresAt":"2099-01-01T00:00:00Z","priority":1}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("not a field", FieldError(unknownProblem, "priority"));
    }

    [Fact]
    public async Task The_proposer_cannot_accept_or_decline_its_own_proposal()
    {
        using var met = await portal.ClientAsync(Met);
        var (_, proposed) = await met.ProposeAsync(AgreementsClient.Proposal(City, await portal.QueueOfAsync(Met)));
        var id = proposed.GetProperty("id").GetString()!;

        var (accept, problem) = await met.ActAsync(id, "accept");
        Assert.Equal(HttpStatusCode.Forbidden, accept);
        Assert.Equal("application/problem+json", met.LastContentType);
        Assert.Contains("cannot decide its own proposal", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await met.ActAsync(id, "decline", "no")).Status);
        Assert.Equal("Proposed", await met.StateAsync(id));
    }

    [Fact]
    public async Task Answering_twice_is_a_conflict_and_a_decline_or_revoke_needs_a_reason()
    {
        using var met = await portal.ClientAsync(Met);
        using var city = await portal.ClientAsync(City);
        var (_, proposed) = await met.ProposeAsync(AgreementsClient.Proposal(City, await portal.QueueOfAsync(Met)));
        var id = proposed.GetProperty("id").GetString()!;
        await Poll.UntilAsync(() => city.StateAsync(id), s => s == "Proposed", "city's copy");

        var (noReason, reasonProblem) = await city.ActAsync(id, "decline");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason);
        Assert.NotEmpty(FieldError(reasonProblem, "reason"));
        var (partnerRevokes, _) = await city.ActAsync(id, "revoke", "A proposal is declined, not revoked.");
        Assert.Equal(HttpStatusCode.Conflict, partnerRevokes);

        Assert.Equal(HttpStatusCode.OK, (await city.ActAsync(id, "accept")).Status);
        var (twice, problem) = await city.ActAsync(id, "accept");
        Assert.Equal(HttpStatusCode.Conflict, twice);
        Assert.Equal("The agreement is Accepted.", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await city.ActAsync(id, "decline", "Too late.")).Status);
        Assert.Equal("Accepted", await city.StateAsync(id));
    }

    [Fact]
    public async Task An_unknown_agreement_is_404()
    {
        using var met = await portal.ClientAsync(Met);
        Assert.Equal(HttpStatusCode.NotFound, (await met.GetAsync("nosuchagreement")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await met.ActAsync("nosuchagreement", "revoke", "x")).Status);
    }

    [Theory]
    [InlineData("GET", "api/routing/agreements")]
    [InlineData("GET", "api/routing/agreements/x")]
    [InlineData("POST", "api/routing/agreements")]
    [InlineData("POST", "api/routing/agreements/x/accept")]
    [InlineData("POST", "api/routing/agreements/x/decline")]
    [InlineData("POST", "api/routing/agreements/x/revoke")]
    public async Task Anonymous_requests_are_401(string method, string path)
    {
        using var anonymous = portal.Factory.CreateApiClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/{Met}/{path}");
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_token_without_routing_write_may_read_but_not_propose()
    {
        using var reader = await portal.ClientAsync(Met, "routing.read");
        var before = await CountAsync(reader);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.ProposeAsync(AgreementsClient.Proposal(City, await portal.QueueOfAsync(Met)))).Status);
        Assert.Equal(before, await CountAsync(reader));
    }

    private static async Task<int> CountAsync(AgreementsClient client)
    {
        var (status, list) = await client.ListAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        return list.GetArrayLength();
    }

    private static string FieldError(JsonElement problem, string field)
    {
        var messages = default(JsonElement);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out messages),
            $"no error for '{field}' in {problem}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }
}
