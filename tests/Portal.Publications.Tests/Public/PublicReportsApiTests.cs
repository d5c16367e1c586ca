using System.Net;
using System.Text.Json;
using Portal.Publications.Tests.Public.Support;

namespace Portal.Publications.Tests.Public;

/// <summary>The public read API without a token: search with filters and pages, a report's Part 1, and problem+json for what it refuses.</summary>
[Collection(PublicSiteCollection.Name)]
public sealed class PublicReportsApiTests(PublicSiteFixture portal)
{
    private const string Api = "/met/api/public/publications";

    [Fact]
    public async Task The_list_answers_without_a_token_with_the_marking_and_pages()
    {
        using var client = portal.Factory.Anonymous();

        var (status, json) = await GetJsonAsync(client, Api + "?pageSize=5&page=2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("OFFICIAL-PUBLIC", json.GetProperty("marking").GetString());
        Assert.Equal(portal.Of(PublicSiteFixture.Met).Count, json.GetProperty("total").GetInt32());
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(5, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Filters_and_words_narrow_the_list()
    {
        using var client = portal.Factory.Anonymous();
        var expected = portal.Of(PublicSiteFixture.Met).Count(r => r.Year == 2025 && r.DecisionMaker == "Commissioner");

        var (_, filtered) = await GetJsonAsync(client, Api + "?year=2025&decisionMaker=Commissioner&pageSize=100");
        var (_, words) = await GetJsonAsync(client, Api + "?q=" + Uri.EscapeDataString("costs less \"than\" staying*"));

        Assert.Equal(expected, filtered.GetProperty("total").GetInt32());
        Assert.All(filtered.GetProperty("items").EnumerateArray(), i => Assert.Equal("Commissioner", i.GetProperty("decisionMaker").GetString()));
        Assert.Equal(PublicSiteFixture.TwoPartReference, Assert.Single(words.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());
    }

    [Fact]
    public async Task A_report_has_part_1_and_only_the_exemptions_of_part_2()
    {
        using var client = portal.Factory.Anonymous();

        var (status, json) = await GetJsonAsync(client, $"{Api}/{PublicSiteFixture.TwoPartReference.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("OFFICIAL-PUBLIC", json.GetProperty("marking").GetString());
        Assert.Equal(2, json.GetProperty("version").GetInt32());
        Assert.Equal(["Executive summary", "Recommendations", "Financial"], json.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()));
        var exemption = Assert.Single(json.GetProperty("part2Exemptions").EnumerateArray());
        Assert.Equal("Section 43, commercial interests", exemption.GetProperty("exemptionBasis").GetString());
        Assert.Equal("ContractExpiry", exemption.GetProperty("releaseCondition").GetString());
        Assert.Equal("2031-03-31", exemption.GetProperty("releaseOn").GetString());
        Assert.Equal(portal.PublicAttachmentId, Assert.Single(json.GetProperty("attachments").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.DoesNotContain(PublicSiteFixture.Marker, json.GetRawText());
    }

    [Theory]
    [InlineData("?year=twenty", "year")]
    [InlineData("?year=0", "year")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-3", "page")]
    [InlineData("?pageSize=1000", "pageSize")]
    [InlineData("?tag=a&tag=b", "tag")]
    public async Task Bad_search_parameters_are_refused_with_problem_json_naming_the_field(string query, string field)
    {
        using var client = portal.Factory.Anonymous();

        using var response = await client.GetAsync(Api + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var reasons), $"no error for {field}: {problem}");
        Assert.NotEmpty(reasons.EnumerateArray());
    }

    [Fact]
    public async Task Ten_thousand_characters_of_search_text_give_a_normal_answer()
    {
        using var client = portal.Factory.Anonymous();

        var (status, json) = await GetJsonAsync(client, Api + "?q=" + new string('x', 10_000));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, json.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("NO-SUCH-REPORT")]
    [InlineData("not%20a%20reference")]
    [InlineData("CITY-2026-001")]
    public async Task An_unknown_reference_is_a_404_problem(string reference)
    {
        using var client = portal.Factory.Anonymous();

        using var response = await client.GetAsync($"{Api}/{reference}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }
}
