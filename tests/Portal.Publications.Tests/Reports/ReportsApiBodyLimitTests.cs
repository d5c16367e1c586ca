using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Reports;

/// <summary>The reports API refuses a body over 4 MB with 413 problem+json, whether or not it declares its length.</summary>
public sealed class ReportsApiBodyLimitTests(PublicationsApiFixture people) : IClassFixture<PublicationsApiFixture>
{
    private const string Reports = "/api/publications/reports";

    [Fact]
    public async Task A_report_over_4_MB_is_413_problem_and_nothing_is_stored()
    {
        var refused = await people.Editor.PostAsync(Reports, OversizedReport("API-HUGE-1"));

        refused.Is(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("application/problem+json", refused.ContentType);
        Assert.Equal("A report request may be at most 4 MB.", refused.Body.GetProperty("detail").GetString());
        (await people.Editor.GetAsync($"{Reports}/API-HUGE-1")).Is(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_report_over_4_MB_without_a_declared_length_is_413_problem_and_nothing_is_stored()
    {
        var json = JsonSerializer.Serialize(OversizedReport("API-HUGE-2"), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        Assert.Null(content.Headers.ContentLength);

        using var response = await people.Editor.Browser.PostAsync(PublicationsSession.Tenant + Reports, content);
        var refused = await ApiAnswer.ReadAsync(response);

        refused.Is(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("application/problem+json", refused.ContentType);
        (await people.Editor.GetAsync($"{Reports}/API-HUGE-2")).Is(HttpStatusCode.NotFound);
    }

    // Valid JSON of the request's shape all the way (an unknown field would be refused as soon as it is read), with a
    // Part 2 body over the limit on its own.
    private static Dictionary<string, object?> OversizedReport(string reference) =>
        ReportDocuments.Valid(reference, part2Body: new string('x', 4 * 1024 * 1024));

    // StreamContent declares a length only for a stream that can seek.
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
